import type { Scope } from "@/domain/authorization";
import type { Db } from "../prisma-client";

/** A SUT/SKUT group's place in the structure, for authorization. Null when the group does not exist. */
export async function groupScope(db: Db | Parameters<Parameters<Db["$transaction"]>[0]>[0], groupId: string) {
  const group = await db.developmentGroup.findUnique({
    where: { id: groupId },
    include: { owner: { include: { region: true } }, schools: { select: { id: true } } },
  });
  if (!group) return null;
  const scope: Scope = {
    countyId: group.owner.region.countyId,
    regionId: group.owner.regionId,
    schoolOwnerId: group.ownerId,
    schoolIds: group.schools.map((s) => s.id),
  };
  return { group, scope };
}
