// SUT and SKUT groups (seed 001 §2.1.2, fig. 3), and the kindergartens' development groups (REKOM): who sits in which kind of group.
export type GroupKind = "SUT" | "SKUT" | "BARNEHAGE";
export type GroupRole = "SKOLEEIER" | "SKOLELEDER" | "HTV" | "SKOLEUTVIKLER" | "PTV" | "RESSURSLAERER" | "NETTVERKSDELTAKER";

/** SUT: skoleeier, skoleledere, HTV, skoleutvikler. SKUT: skoleleder(e), tillitsvalgt, ressurslærere, nettverksdeltakere. */
export const ROLES_BY_GROUP_KIND: Record<GroupKind, readonly GroupRole[]> = {
  SUT: ["SKOLEEIER", "SKOLELEDER", "HTV", "SKOLEUTVIKLER"],
  SKUT: ["SKOLELEDER", "PTV", "RESSURSLAERER", "NETTVERKSDELTAKER"],
  /** The kindergarten owner, the kindergartens' leaders (styrere), their union representatives and participants. */
  BARNEHAGE: ["SKOLEEIER", "SKOLELEDER", "HTV", "PTV", "NETTVERKSDELTAKER"],
};

export function roleFitsGroup(kind: GroupKind, role: GroupRole): boolean {
  return ROLES_BY_GROUP_KIND[kind].includes(role);
}

/** Largest sensible group; protects the page from runaway data. */
export const MAX_GROUP_MEMBERS = 60;

/** Why a new development group is refused: a code, which the server turns into the reader's language ("groupsNew"). */
export type NewGroupProblem = "sut-not-municipality" | "sut-exists" | "sut-has-units" | "skut-needs-school" | "barnehage-needs-kindergarten" | "unit-of-other-owner";

/**
 * A new development group of an owner (seed 001 §2.1.2): a SUT is the municipality's own (one per municipality,
 * no schools of its own); a SKUT serves one or more of the owner's schools; a kindergarten group one or more of its
 * kindergartens. `foreign` counts the chosen schools and kindergartens that are not the owner's.
 */
export function newGroupProblem(kind: GroupKind, input: { ownerIsMunicipality: boolean; ownerHasSut: boolean; schools: number; kindergartens: number; foreign: number }): NewGroupProblem | null {
  if (input.foreign > 0) return "unit-of-other-owner";
  if (kind === "SUT") {
    if (!input.ownerIsMunicipality) return "sut-not-municipality";
    if (input.ownerHasSut) return "sut-exists";
    if (input.schools + input.kindergartens > 0) return "sut-has-units";
    return null;
  }
  if (kind === "SKUT") return input.schools > 0 && input.kindergartens === 0 ? null : "skut-needs-school";
  return input.kindergartens > 0 && input.schools === 0 ? null : "barnehage-needs-kindergarten";
}
