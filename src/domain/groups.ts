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
