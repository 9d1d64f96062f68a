// The money rules of domain.md §5 (seed 000, «Økonomi»): the 40/60 key, the forum's distribution key
// between regions, proportional adjustment, and the approval states. Pure: no I/O.
import { formatBasisPoints, formatShare } from "./money";

export const FULL_BP = 10_000; // 100 % in basis points
/** The national 30 % egenandel: a school owner contributes 30 % of the state money it receives. */
export const CO_FINANCING_BP = 3_000;

/** A refused rule: a code and its values, rendered in the reader's language by lib/messages/allocations.ts. */
export type AllocationProblem =
  | { code: "shareInvalid" | "keyUnknownRegion" | "keyDuplicateRegion" | "keyShareRange" | "keyCountRange" | "keyMissingRegion" | "keyAllZero" }
  | { code: "shareOverMax" | "shareNeedsAgreement"; max: string }
  | { code: "keySum"; sum: string }
  | { code: "alreadyApproved" | "rejectedReopenFirst" | "reopenOnly" | "keyNoDecision" | "keyLocked" };
export type Result<T> = { ok: true; value: T } | { ok: false; problem: AllocationProblem };
const fail = (problem: AllocationProblem): { ok: false; problem: AllocationProblem } => ({ ok: false, problem });

export type ShareAgreement = { agreedBy: string; agreedOn: Date; decisionRef: string };

/**
 * The network share of the grant: at most the county's setting (40 % in Nordland); lower only with a
 * recorded agreement that raises the UH share ("med mindre det avtales økt andel til UH").
 */
export function checkNetworkShare(shareBp: number, maxBp: number, agreement: ShareAgreement | null): Result<number> {
  if (!Number.isInteger(shareBp) || shareBp < 0) return fail({ code: "shareInvalid" });
  if (shareBp > maxBp) {
    return fail({ code: "shareOverMax", max: formatBasisPoints(maxBp) });
  }
  if (shareBp < maxBp && !agreement) {
    return fail({ code: "shareNeedsAgreement", max: formatBasisPoints(maxBp) });
  }
  return { ok: true, value: shareBp };
}

/** Network pot and UH pot. The network pot is rounded down, so it never exceeds its share; the two add up to the grant. */
export function splitGrant(grantOre: bigint, networkShareBp: number): { networkOre: bigint; uhOre: bigint } {
  if (grantOre < 0n) throw new RangeError("grant must not be negative");
  const networkOre = (grantOre * BigInt(networkShareBp)) / BigInt(FULL_BP);
  return { networkOre, uhOre: grantOre - networkOre };
}

/**
 * Largest remainder (Hamilton): parts proportional to the weights that add up to the total exactly.
 * Every part gets its floor; the øre left over go one each to the largest remainders (ties: earlier first).
 */
export function largestRemainder(totalOre: bigint, weights: readonly number[]): bigint[] {
  const sum = BigInt(weights.reduce((a, w) => a + w, 0));
  if (weights.some((w) => !Number.isInteger(w) || w < 0)) throw new RangeError("weights must be non-negative integers");
  if (sum === 0n) throw new RangeError("weights must not all be zero");
  const exact = weights.map((w) => totalOre * BigInt(w));
  const parts = exact.map((e) => e / sum);
  let left = totalOre - parts.reduce((a, p) => a + p, 0n);
  const order = exact.map((e, i) => ({ i, rem: e % sum })).sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}

/**
 * The forum's key (domain.md §5: fixed shares, or weights such as the number of teachers or schools). A
 * region's weight is, for a key in percent, its share in millionths of the whole (33,3333 % = 333 333; the
 * weights sum to exactly 1 000 000, so an equal split between three regions can be stored); for a key by
 * teachers, schools or pupils, the count. Amounts follow the weights by the largest-remainder rule either way.
 */
export type KeyShare = { regionId: string; weight: number };
export type KeyBasis = "PERCENT" | "TEACHERS" | "SCHOOLS" | "PUPILS";
export const KEY_PERCENT_TOTAL = 1_000_000;
export const MAX_KEY_WEIGHT = 10_000_000;

/** Millionths of the whole as a Norwegian percentage with up to four decimals: 333 333 → "33,3333 %". */
export const formatMillionths = (m: number) => formatShare(m, 4);

/** A region's resulting share of the key, in millionths (rounded; for display: the amounts use the weights). */
export function shareOfKey(weight: number, key: readonly { weight: number }[]): number {
  const total = key.reduce((a, s) => a + s.weight, 0);
  return total === 0 ? 0 : Math.round((weight * KEY_PERCENT_TOTAL) / total);
}

/** Every region of the county exactly once; a key in percent sums to exactly 100 %, a key by counts to more than 0. */
export function checkKey(shares: readonly KeyShare[], regionIds: readonly string[], basis: KeyBasis): Result<KeyShare[]> {
  const seen = new Set<string>();
  for (const s of shares) {
    if (!regionIds.includes(s.regionId)) return fail({ code: "keyUnknownRegion" });
    if (seen.has(s.regionId)) return fail({ code: "keyDuplicateRegion" });
    if (!Number.isInteger(s.weight) || s.weight < 0 || s.weight > (basis === "PERCENT" ? KEY_PERCENT_TOTAL : MAX_KEY_WEIGHT)) {
      return fail({ code: basis === "PERCENT" ? "keyShareRange" : "keyCountRange" });
    }
    seen.add(s.regionId);
  }
  if (seen.size !== regionIds.length) return fail({ code: "keyMissingRegion" });
  const sum = shares.reduce((a, s) => a + s.weight, 0);
  if (basis === "PERCENT" && sum !== KEY_PERCENT_TOTAL) {
    return fail({ code: "keySum", sum: formatMillionths(sum) });
  }
  if (basis !== "PERCENT" && sum === 0) return fail({ code: "keyAllZero" });
  return { ok: true, value: [...shares] };
}

export type RegionAmounts = { regionId: string; networkOre: bigint; uhOre: bigint };

/**
 * Each region's network and UH amounts: both pots split by the key, each adding up to its pot to the øre.
 * Assumption: the sources say how the grant splits between networks and UH, not how the UH pot is divided
 * between the regions' partnerships; it follows the forum's key here. Change it here if the forum decides otherwise.
 */
export function allocate(grantOre: bigint, networkShareBp: number, key: readonly KeyShare[]): RegionAmounts[] {
  const { networkOre, uhOre } = splitGrant(grantOre, networkShareBp);
  const weights = key.map((k) => k.weight);
  const network = largestRemainder(networkOre, weights);
  const uh = largestRemainder(uhOre, weights);
  return key.map((k, i) => ({ regionId: k.regionId, networkOre: network[i], uhOre: uh[i] }));
}

export type AllocationStatus = "DRAFT" | "APPROVED" | "REJECTED" | "NEEDS_REAPPROVAL";
export type AllocationState = {
  status: AllocationStatus;
  networkOre: bigint;
  uhOre: bigint;
  /** The approved amounts, kept while changed amounts wait for a new approval. */
  approvedNetworkOre: bigint | null;
  approvedUhOre: bigint | null;
};

/**
 * A recalculation after the grant (or key) changed. Approved amounts that change go back for approval,
 * keeping the approved amounts beside the new; amounts that return to the approved ones are approved again.
 */
export function recalculate(current: AllocationState, next: { networkOre: bigint; uhOre: bigint }): AllocationState {
  const same = current.networkOre === next.networkOre && current.uhOre === next.uhOre;
  if (same) return current;
  if (current.status === "APPROVED") {
    return { status: "NEEDS_REAPPROVAL", ...next, approvedNetworkOre: current.networkOre, approvedUhOre: current.uhOre };
  }
  if (current.status === "NEEDS_REAPPROVAL" && next.networkOre === current.approvedNetworkOre && next.uhOre === current.approvedUhOre) {
    return { status: "APPROVED", ...next, approvedNetworkOre: null, approvedUhOre: null };
  }
  return { ...current, ...next };
}

export type Decision = "approve" | "reject" | "reopen";

/** Approve or reject a draft or a changed allocation; reopen an approved or rejected one. */
export function decide(status: AllocationStatus, decision: Decision): Result<AllocationStatus> {
  switch (decision) {
    case "approve":
    case "reject":
      if (status === "DRAFT" || status === "NEEDS_REAPPROVAL") return { ok: true, value: decision === "approve" ? "APPROVED" : "REJECTED" };
      return fail({ code: status === "APPROVED" ? "alreadyApproved" : "rejectedReopenFirst" });
    case "reopen":
      if (status === "APPROVED" || status === "REJECTED") return { ok: true, value: "DRAFT" };
      return fail({ code: "reopenOnly" });
  }
}

/** What is still to be paid of an allocation: its amounts less what was paid. */
export const amountDue = (a: { networkOre: bigint; uhOre: bigint }, paidOre: readonly bigint[]) =>
  a.networkOre + a.uhOre - paidOre.reduce((sum, p) => sum + p, 0n);

/** Only approved allocations are published and paid out. */
export const isPublished = (status: AllocationStatus) => status === "APPROVED";

/**
 * The key is fixed for the strategy period ("midlene fordeles på samme måte i perioden") once an allocation
 * in it has been approved; after that, a change needs a new recorded forum decision, not the one behind
 * the current key.
 */
export function checkKeyChange(periodHasApproved: boolean, decisionRef: string, currentDecisionRef: string | null): Result<true> {
  if (!decisionRef.trim()) return fail({ code: "keyNoDecision" });
  if (periodHasApproved && decisionRef.trim() === currentDecisionRef?.trim()) {
    return fail({ code: "keyLocked" });
  }
  return { ok: true, value: true };
}

/** The egenandel a school owner (or a region's owners together) must contribute for a state amount: 30 %, rounded up. */
export function requiredCoFinancing(stateOre: bigint): bigint {
  const n = stateOre * BigInt(CO_FINANCING_BP);
  return n / BigInt(FULL_BP) + (n % BigInt(FULL_BP) ? 1n : 0n);
}


export type KeyYearProblem = { code: "outside-period"; start: number; end: number } | { code: "closed-year"; year: number };

/**
 * The first budget year a new key may apply from (domain.md §5, and the rule that money approved for a
 * closed year never moves): a year of the period, after every closed year. A year is closed when it is over
 * (before `currentYear`) and has approved allocations.
 */
export function keyFromYearProblem(fromYear: number, period: { startYear: number; endYear: number }, closedYears: readonly number[]): KeyYearProblem | null {
  if (fromYear < period.startYear || fromYear > period.endYear) return { code: "outside-period", start: period.startYear, end: period.endYear };
  const blocking = closedYears.filter((y) => y >= fromYear).sort((a, b) => b - a)[0];
  return blocking === undefined ? null : { code: "closed-year", year: blocking };
}

/** The years of a period that are closed: over, and with approved money. */
export function closedYears(grants: readonly { year: number; hasApproved: boolean }[], currentYear: number): number[] {
  return grants.filter((g) => g.year < currentYear && g.hasApproved).map((g) => g.year);
}
