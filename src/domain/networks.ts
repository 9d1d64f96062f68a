// Networks and their gatherings (seed 001 §3.2 and §3.7.1). Pure: codes and values, no text.

/** The four parts of a gathering planned after the dialogkonferansemodell (seed 001 §3.2.1), in order. */
export const GATHERING_PARTS = ["faglige", "innblikk", "erfaring", "veienVidere"] as const;
export type GatheringPart = (typeof GATHERING_PARTS)[number];

export type GatheringProblem = { code: "part-missing"; part: GatheringPart };

/** A gathering must say what happens in each of the four parts; a part with less than 3 letters is missing. */
export function gatheringProblems(parts: Record<GatheringPart, string | null | undefined>): GatheringProblem[] {
  return GATHERING_PARTS.filter((p) => (parts[p] ?? "").trim().length < 3).map((part) => ({ code: "part-missing", part }));
}

/**
 * How far each participating school has come with the participation criteria: the checklist is complete when
 * the school has confirmed every criterion of the region.
 */
export function criteriaStatus(criterionIds: readonly string[], confirmed: readonly string[]) {
  const have = new Set(confirmed.filter((c) => criterionIds.includes(c)));
  return { confirmed: have.size, total: criterionIds.length, complete: criterionIds.length > 0 && have.size === criterionIds.length };
}

/** The share of a network's participants present at a gathering, in whole percent (0 when it has none). */
export function attendancePercent(present: number, participants: number): number {
  return participants === 0 ? 0 : Math.round((present * 100) / participants);
}
