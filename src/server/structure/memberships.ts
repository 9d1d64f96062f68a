// Which region a school owner belongs to in each strategy period. SchoolOwner.regionId is the region now;
// RegionMembership keeps one row per owner and period (unique), so an owner cannot be in two regions in the
// same period. The rule for moving is src/domain/periods.ts.
import { can } from "@/domain/authorization";
import { dateIn } from "@/domain/deadline";
import { moveTakesEffectNow, ownerMoveProblem } from "@/domain/periods";
import { errors } from "@/i18n/server-text";
import { memberships as text } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { lockCounties } from "../access/scope";
import { guarded, refuse, type Tx } from "../transaction";
import { moveOwnerSchema } from "./schemas";

/** A new owner joins its region in every period of the county that is not over. */
export async function joinOpenPeriods(tx: Tx, owner: { id: string; regionId: string }, countyId: string, now: Date) {
  const periods = await tx.strategyPeriod.findMany({ where: { countyId, endYear: { gte: dateIn(now).year } }, select: { id: true } });
  await tx.regionMembership.createMany({ data: periods.map((p) => ({ schoolOwnerId: owner.id, regionId: owner.regionId, periodId: p.id })), skipDuplicates: true });
}

/** A new period: every owner of the county is in it where it is now (then moved if the regions change). */
export async function fillPeriod(tx: Tx, periodId: string, countyId: string) {
  const owners = await tx.schoolOwner.findMany({ where: { region: { countyId } }, select: { id: true, regionId: true } });
  await tx.regionMembership.createMany({ data: owners.map((o) => ({ schoolOwnerId: o.id, regionId: o.regionId, periodId })), skipDuplicates: true });
}

/** Moves an owner to another region of the county from a period on (that period and every later one). */
export const moveOwner = guarded(moveOwnerSchema, async (tx, actor, input, now) => {
  const owner = await tx.schoolOwner.findUnique({ where: { id: input.schoolOwnerId }, include: { region: true } });
  const target = await tx.region.findUnique({ where: { id: input.regionId } });
  const period = await tx.strategyPeriod.findUnique({ where: { id: input.periodId } });
  if (!owner || !target || !period) throw refuse(errors.notFound);
  const countyId = owner.region.countyId;
  if (!can(actor, "county.manage", { countyId })) throw refuse(errors.forbidden);
  if (target.countyId !== countyId || period.countyId !== countyId) throw refuse(errors.notFound);
  await lockCounties(tx, [countyId]);
  const year = dateIn(now).year;
  const current = await tx.regionMembership.findUnique({ where: { schoolOwnerId_periodId: { schoolOwnerId: owner.id, periodId: period.id } } });
  const problem = ownerMoveProblem({ endYear: period.endYear, closed: !!period.closedAt }, year, (current?.regionId ?? owner.regionId) === target.id);
  if (problem) throw refuse(text.move[problem], { [problem === "same-region" ? "regionId" : "periodId"]: [text.move[problem]] });
  const affected = await tx.strategyPeriod.findMany({ where: { countyId, startYear: { gte: period.startYear } }, select: { id: true, name: true } });
  for (const p of affected) {
    await tx.regionMembership.upsert({
      where: { schoolOwnerId_periodId: { schoolOwnerId: owner.id, periodId: p.id } },
      create: { schoolOwnerId: owner.id, regionId: target.id, periodId: p.id },
      update: { regionId: target.id },
    });
  }
  const changesNow = moveTakesEffectNow(period, year);
  if (changesNow) await tx.schoolOwner.update({ where: { id: owner.id }, data: { regionId: target.id } });
  await recordAudit(tx, { actorId: actor.id, action: "owner.move", entityType: "SchoolOwner", entityId: owner.id,
    before: { regionId: current?.regionId ?? owner.regionId }, after: { regionId: target.id, fromPeriod: period.name, periods: affected.map((p) => p.name), currentRegionChanged: changesNow } });
  return { ok: true as const, message: text.moved(owner.name, target.name, period.name) };
});
