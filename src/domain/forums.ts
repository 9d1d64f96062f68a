// The members of an Oppvekstforum or the county's Samarbeidsforum (seed 001 §2.1; domain.md §7, §9). Pure.
// A municipality's representatives share its one vote (the vote unit, see voting.ts), so the rule here is
// about who sits where: one leader, one deputy, and a municipality for every municipal representative.

export type SeatKind = "KOMMUNE" | "PPD" | "HTV" | "RKK" | "UH" | "STATSFORVALTER" | "KS" | "REGION";
export type SeatPosition = "LEDER" | "NESTLEDER" | "MEDLEM";
export type Seat = { id?: string; kind: SeatKind; position: SeatPosition; schoolOwnerId: string | null };

export type SeatProblem =
  | { field: "position"; code: "second-leader" | "second-deputy" }
  | { field: "schoolOwnerId"; code: "municipality-required" | "municipality-not-allowed" | "municipality-outside-region" }
  | { field: "kind"; code: "governor-in-oppvekstforum" };

/**
 * Why this member cannot sit in the forum beside the others, or null. `municipalities` are the ids the
 * forum's municipal seats may name (the region's municipalities; none for the Samarbeidsforum).
 */
export function seatProblem(seat: Seat, others: readonly Seat[], forum: { kind: "OPPVEKSTFORUM" | "SAMARBEIDSFORUM"; municipalities: readonly string[] }): SeatProblem | null {
  const rest = others.filter((o) => !seat.id || o.id !== seat.id);
  if (seat.position === "LEDER" && rest.some((o) => o.position === "LEDER")) return { field: "position", code: "second-leader" };
  if (seat.position === "NESTLEDER" && rest.some((o) => o.position === "NESTLEDER")) return { field: "position", code: "second-deputy" };
  if (forum.kind === "OPPVEKSTFORUM" && seat.kind === "STATSFORVALTER") return { field: "kind", code: "governor-in-oppvekstforum" };
  if (seat.kind === "KOMMUNE" && forum.kind === "OPPVEKSTFORUM") {
    if (!seat.schoolOwnerId) return { field: "schoolOwnerId", code: "municipality-required" };
    if (!forum.municipalities.includes(seat.schoolOwnerId)) return { field: "schoolOwnerId", code: "municipality-outside-region" };
  } else if (seat.schoolOwnerId) return { field: "schoolOwnerId", code: "municipality-not-allowed" };
  return null;
}

/** The default rules of each body (seed 001 §2.1 for Oppvekstforum; Udir's mandate for the Samarbeidsforum). */
export const DEFAULT_RULES = {
  OPPVEKSTFORUM: { voteUnit: "MUNICIPALITY", leaderBreaksTie: true, requiresConsensusFailure: false, governorHasFinalSay: false },
  SAMARBEIDSFORUM: { voteUnit: "MEMBER", leaderBreaksTie: false, requiresConsensusFailure: true, governorHasFinalSay: true },
} as const;
