// Strategy periods in the browser (Statsforvalteren): create, start the next by copying the last, edit,
// close. The overlap rule is src/domain/periods.ts; the county row is locked while it is checked, so two
// periods created at once cannot both take the same years.
import { can, type Actor } from "@/domain/authorization";
import { nextSpan, periodProblem, renameForYears, type PeriodProblem } from "@/domain/periods";
import { errors } from "@/i18n/server-text";
import { periods as text } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { fillPeriod } from "./memberships";
import { lockCounties } from "../access/scope";
import { claimVersion, guarded, refuse, type Tx } from "../transaction";
import { copyPeriodSchema, periodRefSchema, periodSchema, SUBGOAL_SLOTS } from "./schemas";

type PeriodInput = ReturnType<typeof periodSchema.parse>;

const problemMessage = (p: PeriodProblem) =>
  p.code === "end-before-start" ? text.endBeforeStart : p.code === "too-long" ? text.tooLong(p.max) : text.overlap(p.name, p.startYear, p.endYear);

async function requireCounty(tx: Tx, actor: Actor, countyId: string) {
  const county = await tx.county.findUnique({ where: { id: countyId } });
  if (!county) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId })) throw refuse(errors.forbidden);
  await lockCounties(tx, [countyId]);
  return county;
}

async function checkYears(tx: Tx, countyId: string, span: { startYear: number; endYear: number }, except?: string) {
  const others = await tx.strategyPeriod.findMany({ where: { countyId, ...(except ? { id: { not: except } } : {}) }, select: { name: true, startYear: true, endYear: true } });
  const problem = periodProblem(span, others);
  if (problem) throw refuse(problemMessage(problem), { [problem.code === "end-before-start" ? "endYear" : "startYear"]: [problemMessage(problem)] });
}

const subGoalsOf = (input: PeriodInput) =>
  SUBGOAL_SLOTS.map((n) => ({ number: n, title: input[`goal${n}Title`], summary: input[`goal${n}Summary`], strategies: input[`goal${n}Strategies`] }))
    .filter((g) => g.title);

/** What an audit entry keeps of a period: its years and its strategy text. */
const snapshot = (p: { name: string; startYear: number; endYear: number; purposes: string[] }, areas: string[], goals: { number: number; title: string }[]) =>
  ({ name: p.name, startYear: p.startYear, endYear: p.endYear, purposes: p.purposes, priorityAreas: areas, subGoals: goals.map((g) => `${g.number}. ${g.title}`) });

export const savePeriod = guarded(periodSchema, async (tx, actor, input) => {
  const county = await requireCounty(tx, actor, input.countyId);
  const goals = subGoalsOf(input);
  if (!input.periodId) {
    await checkYears(tx, county.id, input);
    const created = await tx.strategyPeriod.create({
      data: {
        countyId: county.id, name: input.name, startYear: input.startYear, endYear: input.endYear, purposes: input.purposes,
        priorityAreas: { create: input.priorityAreas.map((title, i) => ({ title, position: i + 1 })) },
        subGoals: { create: goals },
      },
    });
    await fillPeriod(tx, created.id, county.id);
    await recordAudit(tx, { actorId: actor.id, action: "period.create", entityType: "StrategyPeriod", entityId: created.id, after: snapshot(created, input.priorityAreas, goals) });
    return { ok: true as const, message: text.created(created.name), data: { periodId: created.id } };
  }
  const period = await tx.strategyPeriod.findFirst({ where: { id: input.periodId, countyId: county.id }, include: { priorityAreas: { orderBy: { position: "asc" }, include: { _count: { select: { measures: true, needs: true } } } }, subGoals: true } });
  if (!period) throw refuse(errors.notFound);
  if (period.closedAt) throw refuse(text.closed);
  await claimVersion(tx.strategyPeriod, period.id, input.version ?? -1, text.stale);
  await checkYears(tx, county.id, input, period.id);
  // Satsingsområder keep their rows (tiltak point at them): renamed in place by position, new ones added,
  // removed ones deleted only when no tiltak or behovsmelding uses them.
  for (const [i, area] of period.priorityAreas.entries()) {
    const title = input.priorityAreas[i];
    if (title === undefined) {
      if (area._count.measures > 0 || area._count.needs > 0) throw refuse(text.areaInUse(area.title), { priorityAreas: [text.areaInUse(area.title)] });
      await tx.priorityArea.delete({ where: { id: area.id } });
    } else if (title !== area.title) {
      await tx.priorityArea.update({ where: { id: area.id }, data: { title } });
    }
  }
  for (const [i, title] of input.priorityAreas.entries()) {
    if (i >= period.priorityAreas.length) await tx.priorityArea.create({ data: { periodId: period.id, title, position: i + 1 } });
  }
  await tx.subGoal.deleteMany({ where: { periodId: period.id } });
  await tx.subGoal.createMany({ data: goals.map((g) => ({ ...g, periodId: period.id })) });
  const updated = await tx.strategyPeriod.update({ where: { id: period.id }, data: { name: input.name, startYear: input.startYear, endYear: input.endYear, purposes: input.purposes } });
  await recordAudit(tx, { actorId: actor.id, action: "period.update", entityType: "StrategyPeriod", entityId: period.id,
    before: snapshot(period, period.priorityAreas.map((a) => a.title), period.subGoals), after: snapshot(updated, input.priorityAreas, goals) });
  return { ok: true as const, message: text.saved(updated.name), data: { periodId: period.id } };
});

/** "Start neste periode": the years after the last period, with its purposes, satsingsområder and delmål to edit. */
export const startNextPeriod = guarded(copyPeriodSchema, async (tx, actor, input) => {
  const county = await requireCounty(tx, actor, input.countyId);
  const last = await tx.strategyPeriod.findFirst({ where: { countyId: county.id }, orderBy: { startYear: "desc" }, include: { priorityAreas: { orderBy: { position: "asc" } }, subGoals: { orderBy: { number: "asc" } } } });
  if (!last) throw refuse(text.noPeriodToCopy);
  const span = nextSpan(last);
  await checkYears(tx, county.id, span);
  const created = await tx.strategyPeriod.create({
    data: {
      countyId: county.id, name: renameForYears(last.name, last, span), ...span, purposes: last.purposes,
      priorityAreas: { create: last.priorityAreas.map((a) => ({ title: a.title, position: a.position })) },
      subGoals: { create: last.subGoals.map((g) => ({ number: g.number, title: g.title, summary: g.summary, strategies: g.strategies })) },
    },
  });
  await fillPeriod(tx, created.id, county.id);
  await recordAudit(tx, { actorId: actor.id, action: "period.create", entityType: "StrategyPeriod", entityId: created.id,
    after: { ...snapshot(created, last.priorityAreas.map((a) => a.title), last.subGoals), copiedFrom: last.id } });
  return { ok: true as const, message: text.copied(created.name), data: { periodId: created.id } };
});

export const closePeriod = guarded(periodRefSchema, async (tx, actor, input, now) => {
  const period = await tx.strategyPeriod.findUnique({ where: { id: input.periodId } });
  if (!period) throw refuse(errors.notFound);
  await requireCounty(tx, actor, period.countyId);
  if (period.closedAt) throw refuse(text.closed);
  await claimVersion(tx.strategyPeriod, period.id, input.version, text.stale);
  await tx.strategyPeriod.update({ where: { id: period.id }, data: { closedAt: now } });
  await recordAudit(tx, { actorId: actor.id, action: "period.close", entityType: "StrategyPeriod", entityId: period.id, before: { closedAt: null }, after: { closedAt: now } });
  return { ok: true as const, message: text.closedOk(period.name) };
});
