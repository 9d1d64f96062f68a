// Whether a region or school name is taken, ignoring case. Compared as lower(a) = lower(b): Prisma's
// `equals` with `mode: "insensitive"` becomes an ILIKE, which reads % and _ in a name as wildcards ("%" clashed
// with every name) and refuses a name ending in a backslash with a database error.
import type { Tx } from "../transaction";

export async function regionNameTaken(tx: Tx, countyId: string, name: string, exceptRegionId = ""): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Region" WHERE "countyId" = ${countyId} AND "id" <> ${exceptRegionId} AND lower("name") = lower(${name}) LIMIT 1`;
  return rows.length > 0;
}

export async function schoolNameTaken(tx: Tx, ownerId: string, name: string, exceptId = ""): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "School" WHERE "ownerId" = ${ownerId} AND "id" <> ${exceptId} AND lower("name") = lower(${name}) LIMIT 1`;
  return rows.length > 0;
}

export async function kindergartenNameTaken(tx: Tx, ownerId: string, name: string, exceptId = ""): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Kindergarten" WHERE "ownerId" = ${ownerId} AND "id" <> ${exceptId} AND lower("name") = lower(${name}) LIMIT 1`;
  return rows.length > 0;
}
