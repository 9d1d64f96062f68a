// The forum's distribution key and the egenandel records.
import { checkKey, checkKeyChange, closedYears, keyFromYearProblem } from "@/domain/allocation";
import { dateIn } from "@/domain/deadline";
import { allocationProblemText, keyText } from "@/lib/messages/allocations";
import { can } from "@/domain/authorization";
import { errors, msg } from "@/i18n/server-text";
import { recordAudit } from "../audit";
import { refuse, guarded, type Tx } from "../transaction";
import type { Actor } from "@/domain/authorization";
import { recalculateGrant } from "./grant";
import { coFinancingSchema, correctCoFinancingSchema, keySchema, withdrawCoFinancingSchema } from "./schemas";
import { claimVersion } from "../transaction";
import { coFinancingText } from "@/lib/messages/allocations";
import { formatNok } from "@/domain/money";
import { requireCountyScheme } from "../schemes";

/** Records a new key decided by the forum, and recalculates the period's allocations with it. */
export const setKey = guarded(keySchema, async (tx, actor, input, now) => {
  const period = await tx.strategyPeriod.findUnique({ where: { id: input.periodId } });
  if (!period) throw refuse(errors.notFound);
  if (!can(actor, "allocation.manage", { countyId: period.countyId })) throw refuse(errors.forbidden);
  const scheme = await requireCountyScheme(tx, period.countyId, input.schemeId);
  // One key registration at a time per period: the next waits here, then sees the key this one wrote.
  await tx.$queryRaw`SELECT id FROM "StrategyPeriod" WHERE id = ${period.id} FOR UPDATE`;
  const current = await tx.distributionKey.findFirst({ where: { periodId: period.id, schemeId: scheme.id }, orderBy: { seq: "desc" }, include: { shares: true } });
  if ((current?.id ?? null) !== (input.basedOnKeyId ?? null)) throw refuse(keyText.stale);
  const regions = await tx.region.findMany({ where: { countyId: period.countyId }, select: { id: true } });
  const checked = checkKey(input.shares, regions.map((r) => r.id), input.basis);
  if (!checked.ok) throw refuse(allocationProblemText(checked.problem), { shares: [allocationProblemText(checked.problem)] });
  const grants = await tx.stateGrant.findMany({
    where: { countyId: period.countyId, schemeId: scheme.id, year: { gte: period.startYear, lte: period.endYear } },
    include: { allocations: { select: { status: true, approvedNetworkOre: true } } },
  });
  const approved = grants.some((g) => g.allocations.some((a) => a.status === "APPROVED" || a.status === "NEEDS_REAPPROVAL"));
  const change = checkKeyChange(approved, input.decisionRef, current?.decisionRef ?? null);
  if (!change.ok) throw refuse(allocationProblemText(change.problem), { decisionRef: [allocationProblemText(change.problem)] });
  const closed = closedYears(grants.map((g) => ({ year: g.year, hasApproved: g.allocations.some((a) => a.status === "APPROVED" || a.approvedNetworkOre !== null) })), dateIn(now).year);
  const yearProblem = keyFromYearProblem(input.fromYear, period, closed);
  if (yearProblem) throw refuse(keyText.fromYear(yearProblem), { fromYear: [keyText.fromYear(yearProblem)] });
  const key = await tx.distributionKey.create({
    data: { periodId: period.id, schemeId: scheme.id, seq: (current?.seq ?? 0) + 1, fromYear: input.fromYear, basis: input.basis, decisionRef: input.decisionRef, decidedOn: input.decidedOn, shares: { create: checked.value } },
  });
  await recordAudit(tx, {
    actorId: actor.id, action: "key.set", entityType: "DistributionKey", entityId: key.id,
    before: current && { decisionRef: current.decisionRef, basis: current.basis, shares: current.shares.map((s) => ({ regionId: s.regionId, weight: s.weight })) },
    after: { scheme: scheme.code, decisionRef: key.decisionRef, fromYear: key.fromYear, seq: key.seq, basis: key.basis, shares: checked.value },
  });
  // The key applies from its first year: earlier years keep the allocations made with the key they had.
  let sentBack = 0;
  for (const g of grants.filter((x) => x.year >= key.fromYear)) sentBack += (await recalculateGrant(tx, actor.id, g.id, key.id)).sentBack;
  return {
    ok: true as const,
    message: msg("allocations.server.keySaved", { period: period.name }) + (sentBack ? ` ${msg("allocations.server.keySentBack", { count: sentBack })}` : ""),
  };
}, { timeout: 20_000 });

export const recordCoFinancing = guarded(coFinancingSchema, async (tx, actor, input) => {
  const owner = await tx.schoolOwner.findUnique({ where: { id: input.schoolOwnerId }, include: { region: true } });
  if (!owner) throw refuse(errors.notFound);
  const scope = { countyId: owner.region.countyId, regionId: owner.regionId, schoolOwnerId: owner.id };
  if (!can(actor, "cofinancing.record", scope)) throw refuse(errors.forbidden);
  await requireCountyScheme(tx, owner.region.countyId, input.schemeId);
  const { amount, ...rest } = input;
  const row = await tx.coFinancing.create({ data: { ...rest, amountOre: amount } });
  await recordAudit(tx, { actorId: actor.id, action: "cofinancing.record", entityType: "SchoolOwner", entityId: owner.id, after: row });
  return { ok: true as const, message: msg("allocations.server.coFinancingSaved", { amount: formatNok(row.amountOre), owner: owner.name }) };
});

/** Loads an egenandel entry that the actor may change, or refuses. A withdrawn entry is not changed again. */
async function changeableCoFinancing(tx: Tx, actor: Actor, id: string, version: number) {
  const row = await tx.coFinancing.findUnique({ where: { id }, include: { schoolOwner: { include: { region: true } } } });
  if (!row) throw refuse(errors.notFound);
  const owner = row.schoolOwner;
  if (!can(actor, "cofinancing.record", { countyId: owner.region.countyId, regionId: owner.regionId, schoolOwnerId: owner.id })) throw refuse(errors.forbidden);
  await claimVersion(tx.coFinancing, row.id, version, coFinancingText.stale);
  if (row.withdrawnAt) throw refuse(coFinancingText.alreadyWithdrawn);
  return row;
}

const entry = (r: { kind: string; amountOre: bigint; description: string }) => ({ kind: r.kind, amountOre: r.amountOre, description: r.description });

/** Corrects an entry (wrong amount, form or text): the change is audited with before and after. */
export const correctCoFinancing = guarded(correctCoFinancingSchema, async (tx, actor, input) => {
  const row = await changeableCoFinancing(tx, actor, input.coFinancingId, input.version);
  const updated = await tx.coFinancing.update({ where: { id: row.id }, data: { kind: input.kind, amountOre: input.amount, description: input.description } });
  await recordAudit(tx, { actorId: actor.id, action: "cofinancing.correct", entityType: "SchoolOwner", entityId: row.schoolOwnerId, before: { id: row.id, ...entry(row) }, after: { id: row.id, ...entry(updated) } });
  return { ok: true as const, message: coFinancingText.corrected(row.schoolOwner.name, formatNok(updated.amountOre)) };
});

/** Withdraws an entry registered by mistake: it stays visible with who, when and why, and no longer counts. */
export const withdrawCoFinancing = guarded(withdrawCoFinancingSchema, async (tx, actor, input, now) => {
  const row = await changeableCoFinancing(tx, actor, input.coFinancingId, input.version);
  await tx.coFinancing.update({ where: { id: row.id }, data: { withdrawnAt: now, withdrawnById: actor.id, withdrawReason: input.reason } });
  await recordAudit(tx, { actorId: actor.id, action: "cofinancing.withdraw", entityType: "SchoolOwner", entityId: row.schoolOwnerId, before: { id: row.id, ...entry(row) }, after: { id: row.id, withdrawn: true, reason: input.reason } });
  return { ok: true as const, message: coFinancingText.withdrawn(row.schoolOwner.name, formatNok(row.amountOre)) };
});
