// Where a role's scope sits in the structure, for the administration rules: from the one id a grant names
// to the whole path up to the county, so that a grant higher up (a region's skoleutvikler) covers it.
import { levelOfScope, type Level, type Scope, type ScopeIds } from "@/domain/authorization";
import type { Tx } from "../transaction";

export type ResolvedScope = { level: Level; scope: Scope | null; name: string };

/** The scope's path and name, or null when the ids do not name one existing place. */
export async function resolveScope(tx: Tx, ids: ScopeIds): Promise<ResolvedScope | null> {
  const level = levelOfScope(ids);
  switch (level) {
    case "installation":
      return { level, scope: null, name: "Hele installasjonen" };
    case "county": {
      const c = await tx.county.findUnique({ where: { id: ids.countyId! } });
      return c && { level, scope: { countyId: c.id }, name: c.name };
    }
    case "region": {
      const r = await tx.region.findUnique({ where: { id: ids.regionId! } });
      return r && { level, scope: { countyId: r.countyId, regionId: r.id }, name: r.name };
    }
    case "owner": {
      const o = await tx.schoolOwner.findUnique({ where: { id: ids.schoolOwnerId! }, include: { region: true } });
      return o && { level, scope: { countyId: o.region.countyId, regionId: o.regionId, schoolOwnerId: o.id }, name: o.name };
    }
    case "school": {
      const s = await tx.school.findUnique({ where: { id: ids.schoolId! }, include: { owner: { include: { region: true } } } });
      return s && { level, scope: { countyId: s.owner.region.countyId, regionId: s.owner.regionId, schoolOwnerId: s.ownerId, schoolIds: [s.id] }, name: s.name };
    }
    default:
      return null;
  }
}

/** The scope ids of a RoleAssignment or InvitationGrant row, as the rules take them. */
export const idsOf = (g: ScopeIds): ScopeIds => ({ countyId: g.countyId, regionId: g.regionId, schoolOwnerId: g.schoolOwnerId, schoolId: g.schoolId });

/**
 * Locks the county rows (in id order, so two administrators never deadlock) for a change that may remove
 * a Statsforvalteren: two who remove each other at once are serialized, and the second sees the first.
 */
export async function lockCounties(tx: Tx, countyIds: string[]): Promise<void> {
  for (const id of [...new Set(countyIds)].sort()) await tx.$queryRaw`SELECT id FROM "County" WHERE id = ${id} FOR UPDATE`;
}

/** The active users who hold STATSFORVALTER in the county. */
export async function governorsOf(tx: Tx, countyId: string): Promise<string[]> {
  const rows = await tx.roleAssignment.findMany({ where: { role: "STATSFORVALTER", countyId, user: { deactivatedAt: null } }, select: { userId: true } });
  return [...new Set(rows.map((r) => r.userId))];
}
