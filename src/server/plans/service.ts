import "server-only";
// The region plan's writes. Each one authorizes against the region, claims the plan's version (a row lock, so two
// saves of the same plan run one after the other and the second is told), applies src/domain/plan.ts, and writes
// with its audit entry in one transaction. After adoption every change also stores a new revision.
import { requireCaseOfScheme, requireCountyScheme } from "../schemes";
import { can, type Actor } from "@/domain/authorization";
import { allocationLimit, budgetProblemsOfSave, measureProblems, type PlanSnapshot } from "@/domain/plan";
import { errors } from "@/i18n/server-text";
import { budgetProblemText, measureProblemField, measureProblemText, planText } from "@/lib/messages/plans";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../audit";
import { claimVersion, guarded, refuse, type Tx } from "../transaction";
import { adoptSchema, goalSchema, measureSchema, removeGoalSchema, removeMeasureSchema } from "./schemas";

const planInclude = {
  goals: {
    orderBy: { number: "asc" },
    include: {
      measures: {
        orderBy: { number: "asc" },
        include: { network: { select: { name: true } }, schools: { select: { name: true }, orderBy: { name: "asc" } }, priorityAreas: { select: { title: true }, orderBy: { position: "asc" } }, budgets: { orderBy: { year: "asc" } } },
      },
    },
  },
} satisfies Prisma.RegionPlanInclude;

/** The plan as stored in a revision: names rather than ids, amounts as strings of øre. */
export async function planSnapshot(tx: Tx, planId: string): Promise<PlanSnapshot> {
  const plan = await tx.regionPlan.findUniqueOrThrow({ where: { id: planId }, include: planInclude });
  return {
    goals: plan.goals.map((g) => ({
      id: g.id, number: g.number, title: g.title,
      measures: g.measures.map((m) => ({
        id: m.id, number: m.number, title: m.title, responsible: m.responsible, uhPartner: m.uhPartner, startYear: m.startYear, endYear: m.endYear,
        network: m.network?.name ?? null, schools: m.schools.map((s) => s.name), priorityAreas: m.priorityAreas.map((a) => a.title),
        budgets: m.budgets.map((b) => ({ year: b.year, networkOre: String(b.networkOre), uhOre: String(b.uhOre), coFinancingOre: String(b.coFinancingOre) })),
      })),
    })),
  };
}

type Plan = { id: string; regionId: string; status: "DRAFT" | "ADOPTED"; region: { countyId: string } };

function mayEdit(actor: Actor, plan: { regionId: string; region: { countyId: string } }) {
  if (!can(actor, "plan.edit", { countyId: plan.region.countyId, regionId: plan.regionId })) throw refuse(errors.forbidden);
}

/**
 * Before a change of an adopted plan that has no revision yet (adopted before the portal, or migrated): the plan
 * as adopted becomes revision 1, so the first change has something to differ from.
 */
async function keepBaseline(tx: Tx, plan: Plan, actorId: string) {
  if (plan.status !== "ADOPTED") return;
  if (await tx.planRevision.findFirst({ where: { planId: plan.id }, select: { id: true } })) return;
  await tx.planRevision.create({ data: { planId: plan.id, number: 1, snapshot: await planSnapshot(tx, plan.id), changedById: actorId } });
}

/** After a change of an adopted plan: the plan as it now stands becomes the next revision. */
async function recordRevision(tx: Tx, plan: Plan, actorId: string) {
  if (plan.status !== "ADOPTED") return;
  const last = await tx.planRevision.findFirst({ where: { planId: plan.id }, orderBy: { number: "desc" }, select: { number: true } });
  const snapshot = await planSnapshot(tx, plan.id);
  await tx.planRevision.create({ data: { planId: plan.id, number: (last?.number ?? 0) + 1, snapshot, changedById: actorId } });
}

/** The plan of a region for a period, created on the first save (the unique key settles two first saves at once). */
export const saveGoal = guarded(goalSchema, async (tx, actor, input) => {
  const region = await tx.region.findUnique({ where: { id: input.regionId } });
  const period = await tx.strategyPeriod.findUnique({ where: { id: input.periodId } });
  if (!region || !period || period.countyId !== region.countyId) throw refuse(errors.notFound);
  if (!can(actor, "plan.edit", { countyId: region.countyId, regionId: region.id })) throw refuse(errors.forbidden);
  await requireCountyScheme(tx, region.countyId, input.schemeId);
  let plan = await tx.regionPlan.findUnique({ where: { regionId_periodId_schemeId: { regionId: region.id, periodId: period.id, schemeId: input.schemeId } }, include: { region: { select: { countyId: true } } } });
  if (!plan) {
    if (input.planVersion !== 0) throw refuse(planText.stale);
    plan = await tx.regionPlan.create({ data: { regionId: region.id, periodId: period.id, schemeId: input.schemeId }, include: { region: { select: { countyId: true } } } });
  } else await claimVersion(tx.regionPlan, plan.id, input.planVersion, planText.stale);
  await keepBaseline(tx, plan, actor.id);
  let number: number;
  if (input.goalId) {
    const goal = await tx.goal.findFirst({ where: { id: input.goalId, planId: plan.id } });
    if (!goal) throw refuse(errors.notFound);
    await tx.goal.update({ where: { id: goal.id }, data: { title: input.title } });
    await recordAudit(tx, { actorId: actor.id, action: "plan.goal.update", entityType: "Goal", entityId: goal.id, before: { title: goal.title }, after: { title: input.title } });
    number = goal.number;
  } else {
    const last = await tx.goal.findFirst({ where: { planId: plan.id }, orderBy: { number: "desc" }, select: { number: true } });
    number = (last?.number ?? 0) + 1;
    const goal = await tx.goal.create({ data: { planId: plan.id, regionId: region.id, number, title: input.title } });
    await recordAudit(tx, { actorId: actor.id, action: "plan.goal.create", entityType: "Goal", entityId: goal.id, after: { planId: plan.id, number, title: goal.title } });
  }
  await recordRevision(tx, plan, actor.id);
  return { ok: true as const, message: planText.goalSaved(number) };
});

export const removeGoal = guarded(removeGoalSchema, async (tx, actor, input) => {
  const goal = await tx.goal.findUnique({ where: { id: input.goalId }, include: { plan: { include: { region: { select: { countyId: true } } } }, _count: { select: { measures: true } } } });
  if (!goal) throw refuse(errors.notFound);
  mayEdit(actor, goal.plan);
  await claimVersion(tx.regionPlan, goal.planId, input.planVersion, planText.stale);
  await keepBaseline(tx, goal.plan, actor.id);
  if (goal._count.measures > 0) throw refuse(planText.goalHasMeasures(goal.number));
  await tx.goal.delete({ where: { id: goal.id } });
  await recordAudit(tx, { actorId: actor.id, action: "plan.goal.remove", entityType: "Goal", entityId: goal.id, before: { planId: goal.planId, number: goal.number, title: goal.title } });
  await recordRevision(tx, goal.plan, actor.id);
  return { ok: true as const, message: planText.goalRemoved(goal.number) };
});

/** The network money the region may plan per year: from its allocations (src/domain/plan.ts, allocationLimit). */
export async function allocationLimits(tx: Pick<Tx, "allocation">, regionId: string, schemeId: string, years: readonly number[]) {
  const rows = await tx.allocation.findMany({ where: { regionId, schemeId, grant: { year: { in: [...years] } } }, select: { status: true, networkOre: true, approvedNetworkOre: true, grant: { select: { year: true } } } });
  return new Map(years.map((y) => [y, allocationLimit(rows.find((r) => r.grant.year === y))]));
}

export const saveMeasure = guarded(measureSchema, async (tx, actor, input) => {
  const goal = await tx.goal.findUnique({ where: { id: input.goalId }, include: { plan: { include: { region: { select: { countyId: true } }, period: true } } } });
  if (!goal) throw refuse(errors.notFound);
  const plan = goal.plan;
  mayEdit(actor, plan);
  await claimVersion(tx.regionPlan, plan.id, input.planVersion, planText.stale);
  await keepBaseline(tx, plan, actor.id);

  // Every choice must belong to the region and the period: ids come from the browser.
  const [network, schools, areas] = await Promise.all([
    input.networkId ? tx.network.findFirst({ where: { id: input.networkId, regionId: plan.regionId }, select: { id: true } }) : null,
    tx.school.findMany({ where: { id: { in: input.schoolIds }, owner: { memberships: { some: { regionId: plan.regionId, periodId: plan.periodId } } } }, select: { id: true } }),
    tx.priorityArea.findMany({ where: { id: { in: input.priorityAreaIds }, OR: [{ periodId: plan.periodId }, { regionId: plan.regionId }] }, select: { id: true } }),
  ]);
  if ((input.networkId && !network) || schools.length !== new Set(input.schoolIds).size || areas.length !== new Set(input.priorityAreaIds).size) {
    throw refuse(planText.unknownChoice);
  }
  const problems = measureProblems({ ...input, networkId: input.networkId ?? null }, plan.period);
  if (problems.length) {
    const fieldErrors: Record<string, string[]> = {};
    for (const p of problems) (fieldErrors[measureProblemField(p)] ??= []).push(measureProblemText(p));
    throw refuse(planText.measureInvalid, fieldErrors);
  }

  const existing = input.measureId
    ? await tx.measure.findFirst({ where: { id: input.measureId, goal: { planId: plan.id } }, include: { budgets: true } })
    : null;
  if (input.measureId && !existing) throw refuse(errors.notFound);

  // The budget rule over the whole plan as it would be after this save (domain.md §5.5).
  const others = await tx.measureBudget.findMany({ where: { measure: { goal: { planId: plan.id } }, ...(existing ? { measureId: { not: existing.id } } : {}) } });
  const budgets = input.budgets.filter((b) => b.networkOre !== 0n || b.uhOre !== 0n || b.coFinancingOre !== 0n);
  const years = [...new Set([...others.map((b) => b.year), ...budgets.map((b) => b.year)])];
  const over = budgetProblemsOfSave(others, existing?.budgets ?? [], budgets, await allocationLimits(tx, plan.regionId, plan.schemeId, years));
  if (over.length) {
    const fieldErrors = Object.fromEntries(over.map((p) => [`net_${p.year}`, [budgetProblemText(p)]]));
    throw refuse(planText.overBudgetSummary, fieldErrors);
  }

  const data = {
    title: input.title, responsible: input.responsible ?? null, uhPartner: input.uhPartner ?? null, startYear: input.startYear, endYear: input.endYear,
    networkId: input.networkId ?? null,
    schools: { set: input.schoolIds.map((id) => ({ id })) }, priorityAreas: { set: input.priorityAreaIds.map((id) => ({ id })) },
  };
  let measure;
  if (existing) {
    measure = await tx.measure.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } });
    await tx.measureBudget.deleteMany({ where: { measureId: existing.id } });
  } else {
    const last = await tx.measure.findFirst({ where: { goalId: goal.id }, orderBy: { number: "desc" }, select: { number: true } });
    measure = await tx.measure.create({ data: { ...data, goalId: goal.id, number: (last?.number ?? 0) + 1, schools: { connect: data.schools.set }, priorityAreas: { connect: data.priorityAreas.set } } });
  }
  await tx.measureBudget.createMany({ data: budgets.map((b) => ({ ...b, measureId: measure.id })) });
  await recordAudit(tx, {
    actorId: actor.id, action: existing ? "plan.measure.update" : "plan.measure.create", entityType: "Measure", entityId: measure.id,
    before: existing && { title: existing.title, startYear: existing.startYear, endYear: existing.endYear, budgets: existing.budgets.map(({ year, networkOre, uhOre, coFinancingOre }) => ({ year, networkOre, uhOre, coFinancingOre })) },
    after: { ...data, schools: input.schoolIds, priorityAreas: input.priorityAreaIds, budgets },
  });
  await recordRevision(tx, plan, actor.id);
  return { ok: true as const, message: planText.measureSaved(goal.number, measure.number) };
});

export const removeMeasure = guarded(removeMeasureSchema, async (tx, actor, input) => {
  const measure = await tx.measure.findUnique({ where: { id: input.measureId }, include: { goal: { include: { plan: { include: { region: { select: { countyId: true } } } } } }, budgets: true, _count: { select: { evaluations: true } } } });
  if (!measure) throw refuse(errors.notFound);
  const plan = measure.goal.plan;
  mayEdit(actor, plan);
  await claimVersion(tx.regionPlan, plan.id, input.planVersion, planText.stale);
  await keepBaseline(tx, plan, actor.id);
  if (measure._count.evaluations > 0) throw refuse(planText.measureInUse(measure.goal.number, measure.number));
  await tx.measure.update({ where: { id: measure.id }, data: { schools: { set: [] }, priorityAreas: { set: [] } } });
  await tx.measure.delete({ where: { id: measure.id } });
  await recordAudit(tx, { actorId: actor.id, action: "plan.measure.remove", entityType: "Measure", entityId: measure.id, before: { title: measure.title, budgets: measure.budgets } });
  await recordRevision(tx, plan, actor.id);
  return { ok: true as const, message: planText.measureRemoved(measure.goal.number, measure.number) };
});

/** Records that the region's Oppvekstforum adopted the plan in a decided case; the plan as it stands is revision 1. */
export const adoptPlan = guarded(adoptSchema, async (tx, actor, input, now) => {
  const plan = await tx.regionPlan.findUnique({ where: { id: input.planId }, include: { region: { select: { countyId: true } }, scheme: true } });
  if (!plan) throw refuse(errors.notFound);
  if (!can(actor, "plan.adopt", { countyId: plan.region.countyId, regionId: plan.regionId })) throw refuse(errors.forbidden);
  await claimVersion(tx.regionPlan, plan.id, input.planVersion, planText.stale);
  if (plan.status === "ADOPTED") throw refuse(planText.alreadyAdopted);
  const decided = await tx.case.findUnique({ where: { id: input.caseId }, include: { meeting: { include: { forum: true } }, scheme: true } });
  if (!decided || decided.meeting.forum.regionId !== plan.regionId || decided.meeting.forum.kind !== "OPPVEKSTFORUM") throw refuse(planText.caseNotRegion, { caseId: [planText.caseNotRegion] });
  requireCaseOfScheme(decided.scheme, plan.scheme);
  if (decided.status !== "DECIDED") throw refuse(planText.caseNotDecided, { caseId: [planText.caseNotDecided] });
  await tx.regionPlan.update({ where: { id: plan.id }, data: { status: "ADOPTED", adoptedCaseId: decided.id, adoptedAt: now } });
  await tx.planRevision.create({ data: { planId: plan.id, number: 1, snapshot: await planSnapshot(tx, plan.id), changedById: actor.id } });
  await recordAudit(tx, { actorId: actor.id, action: "plan.adopt", entityType: "RegionPlan", entityId: plan.id, before: { status: plan.status }, after: { status: "ADOPTED", caseId: decided.id, caseNumber: decided.number } });
  return { ok: true as const, message: planText.adopted(decided.number) };
});
