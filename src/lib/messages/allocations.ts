// Text of the distribution key's refusals (bokmål).
import type { KeyYearProblem } from "@/domain/allocation";

export const keyText = {
  stale: "Noen andre har registrert en ny fordelingsnøkkel mens du hadde siden åpen. Se over den gjeldende nøkkelen og prøv igjen.",
  fromYear: (p: KeyYearProblem) =>
    p.code === "outside-period"
      ? `Velg et budsjettår i perioden (${p.start}–${p.end}).`
      : `${p.year} er avsluttet og har godkjente tildelinger, som ikke skal endres. Den nye nøkkelen kan gjelde fra ${p.year + 1}.`,
};

export const allocationText = {
  /** An allocation changed after it was approved: the approval belongs to the old amounts. */
  approvedBefore: (name: string, at: string) => `Beløpet er endret etter at ${name} godkjente det (${at})`,
  reopenQuestion: (region: string) => `Gjenåpne tildelingen til ${region}? Den må da godkjennes på nytt.`,
  reopenConfirm: "Ja, gjenåpne",
  approveAllQuestion: (n: number) => `Godkjenne ${n} ${n === 1 ? "tildeling" : "tildelinger"} med beløpene i tabellen?`,
  approveAllConfirm: (n: number) => `Ja, godkjenn ${n}`,
};

export const coFinancingText = {
  stale: "Egenandelen er endret av noen andre mens du hadde siden åpen. Se over den slik den er nå, og prøv igjen.",
  alreadyWithdrawn: "Egenandelen er allerede trukket tilbake.",
  corrected: (owner: string, amount: string) => `Egenandelen for ${owner} er rettet til ${amount}.`,
  withdrawn: (owner: string, amount: string) => `Egenandelen på ${amount} for ${owner} er trukket tilbake.`,
  correct: "Rett",
  withdraw: "Trekk tilbake",
  withdrawReason: "Hvorfor trekkes den tilbake",
  withdrawnNote: (by: string, at: string, reason: string) => `Trukket tilbake av ${by} ${at}: ${reason}`,
  save: "Lagre rettelsen",
  plannedInPlan: (amount: string) => `Planlagt i regionens plan: ${amount} i nettverksmidler.`,
  planOver: (planned: string, allocated: string) => `Regionens plan har ${planned} i nettverksmidler dette året, mer enn tildelingen (${allocated}). Planen er markert; ingenting i den er slettet.`,
};
