// Lets a decision ask the archive job of this process for an early run (it finds nothing if the decision was
// rolled back). Without a running job (tests, scripts) it does nothing.
let kick: (() => void) | null = null;

export const setArchiveKick = (fn: (() => void) | null) => { kick = fn; };
export const kickArchiveJob = () => kick?.();
