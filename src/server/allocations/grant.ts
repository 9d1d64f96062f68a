// Recording the state grant and recalculating the regions' allocations from it, in one transaction.
import { allocate, checkKey, checkNetworkShare, recalculate, splitGrant, type AllocationState } from "@/domain/allocation";
import { can } from "@/domain/authorization";
import { formatNok } from "@/domain/money";
import { errors, msg } from "@/i18n/server-text";
import { allocationProblemText } from "@/lib/messages/allocations";
import { recordAudit } from "../audit";
import { claimVersion, refuse, type Tx, guarded } from "../transaction";
import { recordGrantSchema } from "./schemas";
import { requireCountyScheme } from "../schemes";
import { schemeName } from "@/lib/messages/schemes";

const state = (a: AllocationState): AllocationState => ({
  status: a.status, networkOre: a.networkOre, uhOre: a.uhOre, approvedNetworkOre: a.approvedNetworkOre, approvedUhOre: a.approvedUhOre,
});

/** The strategy period a budget year belongs to, and the forum's current key for the scheme in it (checked against the county's regions). */
export async function periodAndKey(tx: Tx, countyId: string, scheme: { id: string; code: string }, year: number) {
  const period = await tx.strategyPeriod.findFirst({ where: { countyId, startYear: { lte: year }, endYear: { gte: year } } });
  if (!period) throw refuse(msg("allocations.server.noPeriod", { year: String(year) }), { year: [msg("allocations.server.noPeriodField")] });
  const key = await tx.distributionKey.findFirst({
    where: { periodId: period.id, schemeId: scheme.id, fromYear: { lte: year } }, orderBy: { seq: "desc" }, include: { shares: { orderBy: { regionId: "asc" } } },
  });
  if (!key) throw refuse(msg("allocations.server.noKey", { scheme: schemeName(scheme.code), period: period.name }));
  const regions = await tx.region.findMany({ where: { countyId }, select: { id: true } });
  const checked = checkKey(key.shares, regions.map((r) => r.id), key.basis);
  if (!checked.ok) throw refuse(msg("allocations.server.keyUnusable", { problem: allocationProblemText(checked.problem) }));
  return { period, key };
}

/** Brings every region's allocation for the grant in line with the grant and key; audits each change. */
export async function recalculateGrant(tx: Tx, actorId: string, grantId: string, keyId: string) {
  const grant = await tx.stateGrant.findUniqueOrThrow({ where: { id: grantId }, include: { allocations: true } });
  const key = await tx.distributionKey.findUniqueOrThrow({ where: { id: keyId }, include: { shares: { orderBy: { regionId: "asc" } } } });
  let sentBack = 0;
  for (const row of allocate(grant.amountOre, grant.networkShareBasisPoints, key.shares)) {
    const existing = grant.allocations.find((a) => a.regionId === row.regionId);
    if (!existing) {
      const created = await tx.allocation.create({ data: { grantId, schemeId: grant.schemeId, regionId: row.regionId, keyId, networkOre: row.networkOre, uhOre: row.uhOre } });
      await recordAudit(tx, { actorId, action: "allocation.create", entityType: "Allocation", entityId: created.id, after: state(created) });
      continue;
    }
    const before = state(existing);
    const after = recalculate(before, row);
    if (after === before && existing.keyId === keyId) continue;
    if (after.status === "NEEDS_REAPPROVAL" && before.status === "APPROVED") sentBack++;
    await tx.allocation.update({ where: { id: existing.id }, data: { ...after, keyId, version: { increment: 1 } } });
    await recordAudit(tx, { actorId, action: "allocation.recalculate", entityType: "Allocation", entityId: existing.id, before, after });
  }
  return { sentBack };
}

export const recordGrant = guarded(recordGrantSchema, async (tx, actor, input) => {
  const county = await tx.county.findUnique({ where: { id: input.countyId } });
  if (!county) throw refuse(errors.notFound);
  if (!can(actor, "allocation.manage", { countyId: county.id })) throw refuse(errors.forbidden);
  const scheme = await requireCountyScheme(tx, county.id, input.schemeId);
  const { key } = await periodAndKey(tx, county.id, scheme, input.year);

  const agreementGiven = input.agreedBy && input.agreedOn && input.agreementRef;
  const agreement = input.networkShare < county.networkShareBasisPoints && agreementGiven
    ? { agreedBy: input.agreedBy!, agreedOn: input.agreedOn!, decisionRef: input.agreementRef! }
    : null;
  const share = checkNetworkShare(input.networkShare, county.networkShareBasisPoints, agreement);
  if (!share.ok) throw refuse(allocationProblemText(share.problem), { networkShare: [allocationProblemText(share.problem)] });

  const existing = await tx.stateGrant.findUnique({ where: { countyId_schemeId_year: { countyId: county.id, schemeId: scheme.id, year: input.year } } });
  if (existing) await claimVersion(tx.stateGrant, existing.id, input.version, errors.staleAllocation);
  else if (input.version !== 0) throw refuse(errors.staleAllocation);

  const agreementRow = agreement
    ? await tx.shareAgreement.create({ data: { countyId: county.id, networkShareBasisPoints: input.networkShare, ...agreement } })
    : null;
  const data = {
    amountOre: input.amount, receivedOn: input.receivedOn, letterRef: input.letterRef,
    networkShareBasisPoints: input.networkShare, agreementId: agreementRow?.id ?? null,
  };
  const grant = existing
    ? await tx.stateGrant.update({ where: { id: existing.id }, data })
    : await tx.stateGrant.create({ data: { ...data, countyId: county.id, schemeId: scheme.id, year: input.year } });
  await recordAudit(tx, {
    actorId: actor.id, action: existing ? "grant.change" : "grant.record", entityType: "StateGrant", entityId: grant.id,
    before: existing && { amountOre: existing.amountOre, networkShareBasisPoints: existing.networkShareBasisPoints, letterRef: existing.letterRef },
    after: { scheme: scheme.code, amountOre: grant.amountOre, networkShareBasisPoints: grant.networkShareBasisPoints, letterRef: grant.letterRef, agreementId: grant.agreementId },
  });
  const { sentBack } = await recalculateGrant(tx, actor.id, grant.id, key.id);
  const pots = splitGrant(grant.amountOre, grant.networkShareBasisPoints);
  const message = msg("allocations.server.grantSaved", { year: String(input.year), network: formatNok(pots.networkOre), uh: formatNok(pots.uhOre) }) +
    (sentBack ? ` ${msg("allocations.server.sentBack", { count: sentBack })}` : "");
  return { ok: true as const, message, data: { grantId: grant.id } };
}, { timeout: 20_000 });
