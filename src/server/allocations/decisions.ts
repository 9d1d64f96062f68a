// Statsforvalteren's decisions on allocations: approve, reject (with a reason), reopen, approve all
// waiting at once, and pay out. Each checks the version the user saw and leaves an audit entry.
import { amountDue, decide, isPublished } from "@/domain/allocation";
import { can, type Actor } from "@/domain/authorization";
import { formatNok } from "@/domain/money";
import { errors, msg } from "@/i18n/server-text";
import { allocationProblemText } from "@/lib/messages/allocations";
import { recordAudit } from "../audit";
import { claimVersion, refuse, type Tx, guarded } from "../transaction";
import { approveAllSchema, decideSchema, payoutSchema } from "./schemas";
import { recordArchiveCopy } from "../archive/record";

async function loadForDecision(tx: Tx, actor: Actor, allocationId: string) {
  const allocation = await tx.allocation.findUnique({ where: { id: allocationId }, include: { grant: true, region: true } });
  if (!allocation) throw refuse(errors.notFound);
  if (!can(actor, "allocation.manage", { countyId: allocation.grant.countyId })) throw refuse(errors.forbidden);
  return allocation;
}

type Decided = Awaited<ReturnType<typeof loadForDecision>>;
const snapshot = (a: Pick<Decided, "status" | "networkOre" | "uhOre" | "rejectionReason">) =>
  ({ status: a.status, networkOre: a.networkOre, uhOre: a.uhOre, rejectionReason: a.rejectionReason });

async function applyDecision(tx: Tx, actor: Actor, allocation: Decided, version: number, decision: "approve" | "reject" | "reopen", reason?: string) {
  const next = decide(allocation.status, decision);
  if (!next.ok) throw refuse(msg("allocations.server.regionProblem", { region: allocation.region.name, problem: allocationProblemText(next.problem) }));
  await claimVersion(tx.allocation, allocation.id, version, errors.staleAllocation);
  const updated = await tx.allocation.update({
    where: { id: allocation.id },
    data: {
      status: next.value, decidedById: actor.id, decidedAt: new Date(),
      rejectionReason: decision === "reject" ? reason : null,
      // Approving settles the amounts; reopening leaves nothing approved.
      approvedNetworkOre: null, approvedUhOre: null,
    },
  });
  await recordAudit(tx, {
    actorId: actor.id, action: `allocation.${decision}`, entityType: "Allocation", entityId: allocation.id,
    before: snapshot(allocation), after: snapshot(updated),
  });
  if (updated.status === "APPROVED") await recordArchiveCopy(tx, { countyId: allocation.grant.countyId, kind: "ALLOCATION", sourceId: allocation.id, decidedAt: updated.decidedAt!, schemeId: allocation.schemeId });
  return updated;
}

export const decideAllocation = guarded(decideSchema, async (tx, actor, input) => {
  const allocation = await loadForDecision(tx, actor, input.allocationId);
  const updated = await applyDecision(tx, actor, allocation, input.version, input.decision, input.reason);
  return { ok: true as const, message: msg("allocations.server.decided", { region: allocation.region.name, status: updated.status }) };
}, { summary: "first-issue" });

/** Approves every allocation the user saw waiting; if any of them changed meanwhile, none is approved. */
export const approveAll = guarded(approveAllSchema, async (tx, actor, { grantId, items }) => {
  for (const item of items) {
    const [allocationId, version] = item.split(":");
    const allocation = await loadForDecision(tx, actor, allocationId);
    if (allocation.grantId !== grantId) throw refuse(errors.notFound);
    await applyDecision(tx, actor, allocation, Number(version), "approve");
  }
  return { ok: true as const, message: msg("allocations.server.approvedAll", { count: items.length }) };
}, { timeout: 20_000, summary: "first-issue" });

/** Registers the payment of what is approved and not yet paid. Only approved allocations are paid. */
export const recordPayout = guarded(payoutSchema, async (tx, actor, input) => {
  const allocation = await loadForDecision(tx, actor, input.allocationId);
  if (!isPublished(allocation.status)) throw refuse(msg("allocations.server.notApprovedNoPayout", { region: allocation.region.name }));
  const paid = await tx.payout.findMany({ where: { allocationId: allocation.id }, select: { amountOre: true } });
  const due = amountDue(allocation, paid.map((p) => p.amountOre));
  if (due <= 0n) throw refuse(msg("allocations.server.paidInFull", { region: allocation.region.name }));
  await claimVersion(tx.allocation, allocation.id, input.version, errors.staleAllocation);
  const payout = await tx.payout.create({ data: { allocationId: allocation.id, amountOre: due, paidOn: input.paidOn, reference: input.reference } });
  await recordAudit(tx, {
    actorId: actor.id, action: "allocation.payout", entityType: "Allocation", entityId: allocation.id,
    after: { payoutId: payout.id, amountOre: payout.amountOre, paidOn: input.paidOn.toISOString().slice(0, 10), reference: payout.reference },
  });
  return { ok: true as const, message: msg("allocations.server.paidOut", { amount: formatNok(due), region: allocation.region.name }) };
});
