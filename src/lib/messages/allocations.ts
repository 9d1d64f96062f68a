// The allocations' server-side text in the language of the request (the catalogue's "allocations" keys):
// the domain rules' codes (domain/allocation.ts, domain/money.ts) rendered as sentences.
import type { AllocationProblem, KeyYearProblem } from "@/domain/allocation";
import { msg } from "@/i18n/server-text";
import { valuesOf } from "./money";

export const allocationProblemText = (p: AllocationProblem) => msg(`allocations.problem.${p.code}`, valuesOf(p) as never);

export const keyText = {
  get stale() { return msg("allocations.server.keyStale"); },
  fromYear: (p: KeyYearProblem) =>
    p.code === "outside-period"
      ? msg("allocations.problem.keyOutsidePeriod", { start: String(p.start), end: String(p.end) })
      : msg("allocations.problem.keyClosedYear", { year: String(p.year), next: String(p.year + 1) }),
};

export const coFinancingText = {
  get stale() { return msg("allocations.server.coFinancingStale"); },
  get alreadyWithdrawn() { return msg("allocations.server.alreadyWithdrawn"); },
  corrected: (owner: string, amount: string) => msg("allocations.server.corrected", { owner, amount }),
  withdrawn: (owner: string, amount: string) => msg("allocations.server.withdrawn", { owner, amount }),
};
