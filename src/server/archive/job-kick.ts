// Lets a decision ask the archive job of this process for an early run (it finds nothing if the decision was
// rolled back). Without a running job (tests, scripts) it does nothing. Kept on globalThis: Next bundles the
// server actions and the instrumentation hook apart, each with its own copy of this module.
const holder = globalThis as unknown as { dekomArchiveKick?: (() => void) | null };

export const setArchiveKick = (fn: (() => void) | null) => { holder.dekomArchiveKick = fn; };
export const kickArchiveJob = () => holder.dekomArchiveKick?.();
