// Schools and kindergartens edited or removed by hand (Statsforvalteren). A unit still in use is not removed: the
// database would otherwise take it out of development groups and tiltak without a word (implicit many-to-many rows
// cascade), or refuse with a constraint error. Pure: codes and counts; src/lib/messages/structure.ts words them.

/** What a school or kindergarten is still part of. */
export type UnitUses = { networks: number; measures: number; roles: number; groups: number };
export type UnitRemovalProblem = { code: "unit-in-use" } & UnitUses;

/** Null when nothing refers to the unit, else what does (every count, so the message can name them all). */
export function unitRemovalProblem(uses: UnitUses): UnitRemovalProblem | null {
  return uses.networks + uses.measures + uses.roles + uses.groups === 0 ? null : { code: "unit-in-use", ...uses };
}
