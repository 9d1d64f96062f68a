// A region's plan: mål and tiltak with a budget per year (seed 001 §3.6; domain.md §4 and §5.5: "a region
// cannot plan measures for more network money than it was allocated"). Pure: codes and values, no text.
import { largestRemainder, requiredCoFinancing, type AllocationStatus } from "./allocation";

export type BudgetLine = { year: number; networkOre: bigint; uhOre: bigint; coFinancingOre: bigint };
export type YearTotals = { networkOre: bigint; uhOre: bigint; coFinancingOre: bigint };

/** The plan's money per year, summed over its tiltak. */
export function totalsByYear(measures: readonly { budgets: readonly BudgetLine[] }[]): Map<number, YearTotals> {
  const totals = new Map<number, YearTotals>();
  for (const m of measures) {
    for (const b of m.budgets) {
      const t = totals.get(b.year) ?? { networkOre: 0n, uhOre: 0n, coFinancingOre: 0n };
      totals.set(b.year, { networkOre: t.networkOre + b.networkOre, uhOre: t.uhOre + b.uhOre, coFinancingOre: t.coFinancingOre + b.coFinancingOre });
    }
  }
  return totals;
}

/**
 * The network money a region may plan for a year: the approved allocation, or before approval the proposed
 * one. While a changed allocation waits for a new approval the lower of the two applies, so a plan never
 * leans on money that may not come. A rejected allocation, or none, allows nothing (null).
 */
export function allocationLimit(a: { status: AllocationStatus; networkOre: bigint; approvedNetworkOre: bigint | null } | undefined): bigint | null {
  if (!a || a.status === "REJECTED") return null;
  if (a.status === "NEEDS_REAPPROVAL" && a.approvedNetworkOre !== null) return a.approvedNetworkOre < a.networkOre ? a.approvedNetworkOre : a.networkOre;
  return a.networkOre;
}

export type BudgetProblem =
  | { code: "over-allocation"; year: number; plannedOre: bigint; allocatedOre: bigint }
  | { code: "no-allocation"; year: number; plannedOre: bigint };

/** Every year whose planned network money exceeds what the region may plan (see allocationLimit). */
export function budgetProblems(measures: readonly { budgets: readonly BudgetLine[] }[], limits: ReadonlyMap<number, bigint | null>): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  for (const [year, t] of [...totalsByYear(measures)].sort((a, b) => a[0] - b[0])) {
    if (t.networkOre <= 0n) continue;
    const limit = limits.get(year) ?? null;
    if (limit === null) problems.push({ code: "no-allocation", year, plannedOre: t.networkOre });
    else if (t.networkOre > limit) problems.push({ code: "over-allocation", year, plannedOre: t.networkOre, allocatedOre: limit });
  }
  return problems;
}

/**
 * The problems a save of one tiltak answers for: the years it adds network money to that end above the allocation.
 * A year already over (an allocation lowered after planning) does not block a save that adds nothing to it, so the
 * plan can be brought down step by step.
 */
export function budgetProblemsOfSave(
  others: readonly BudgetLine[], before: readonly BudgetLine[], after: readonly BudgetLine[], limits: ReadonlyMap<number, bigint | null>,
): BudgetProblem[] {
  const had = (year: number) => before.filter((b) => b.year === year).reduce((s, b) => s + b.networkOre, 0n);
  return budgetProblems([{ budgets: others }, { budgets: after }], limits).filter((p) => after.some((b) => b.year === p.year && b.networkOre > had(p.year)));
}

/** The schools a tiltak serves: its named schools, or else the schools taking part in its network. */
export function measureSchools<S>(m: { schools: readonly S[]; network: { participants: readonly { school: S | null }[] } | null }): S[] {
  return m.schools.length ? [...m.schools] : (m.network?.participants ?? []).flatMap((p) => (p.school ? [p.school] : []));
}

export type MeasureDraft = {
  startYear: number;
  endYear: number;
  priorityAreaIds: readonly string[];
  networkId: string | null;
  schoolIds: readonly string[];
  budgets: readonly BudgetLine[];
};

export type MeasureProblem =
  | { code: "no-priority-area" }
  | { code: "no-target" }
  | { code: "years-reversed"; startYear: number; endYear: number }
  | { code: "years-outside-period"; startYear: number; endYear: number; periodStart: number; periodEnd: number }
  | { code: "budget-outside-years"; year: number; startYear: number; endYear: number };

/** What makes a tiltak incomplete, in the order a form shows it. The budget rule is checked for the whole plan. */
export function measureProblems(m: MeasureDraft, period: { startYear: number; endYear: number }): MeasureProblem[] {
  const problems: MeasureProblem[] = [];
  if (m.priorityAreaIds.length === 0) problems.push({ code: "no-priority-area" });
  if (!m.networkId && m.schoolIds.length === 0) problems.push({ code: "no-target" });
  if (m.startYear > m.endYear) problems.push({ code: "years-reversed", startYear: m.startYear, endYear: m.endYear });
  else if (m.startYear < period.startYear || m.endYear > period.endYear) {
    problems.push({ code: "years-outside-period", startYear: m.startYear, endYear: m.endYear, periodStart: period.startYear, periodEnd: period.endYear });
  }
  for (const b of m.budgets) {
    const hasMoney = b.networkOre !== 0n || b.uhOre !== 0n || b.coFinancingOre !== 0n;
    if (hasMoney && (b.year < m.startYear || b.year > m.endYear)) problems.push({ code: "budget-outside-years", year: b.year, startYear: m.startYear, endYear: m.endYear });
  }
  return problems;
}

/**
 * Each school owner's share of the plan's network money for a year, and the egenandel that follows (domain.md §9:
 * 30 % of the state money the owner receives). A tiltak's money is shared equally by the owners whose schools take
 * part (its named schools, or its network's schools), by largest remainder so no øre is made or lost; a tiltak
 * with no owners leaves its money with the region (key "").
 */
export function ownerShares(measures: readonly { ownerIds: readonly string[]; budgets: readonly BudgetLine[] }[], year: number) {
  const state = new Map<string, bigint>();
  for (const m of measures) {
    const amount = m.budgets.filter((b) => b.year === year).reduce((s, b) => s + b.networkOre, 0n);
    if (amount === 0n) continue;
    const owners = [...new Set(m.ownerIds)].sort();
    if (owners.length === 0) {
      state.set("", (state.get("") ?? 0n) + amount);
      continue;
    }
    const parts = largestRemainder(amount, owners.map(() => 1));
    owners.forEach((o, i) => state.set(o, (state.get(o) ?? 0n) + parts[i]));
  }
  return [...state].filter(([o]) => o !== "").map(([ownerId, stateOre]) => ({ ownerId, stateOre, requiredOre: requiredCoFinancing(stateOre) }));
}

// ---- Versions after adoption ----

export type MeasureSnapshot = {
  id: string;
  number: number;
  title: string;
  responsible: string | null;
  uhPartner: string | null;
  startYear: number | null;
  endYear: number | null;
  network: string | null;
  schools: string[];
  priorityAreas: string[];
  /** Amounts as strings of øre: the snapshot is stored as JSON. */
  budgets: { year: number; networkOre: string; uhOre: string; coFinancingOre: string }[];
};
export type PlanSnapshot = { goals: { id: string; number: number; title: string; measures: MeasureSnapshot[] }[] };

export type MeasureField = "title" | "responsible" | "uhPartner" | "years" | "network" | "schools" | "priorityAreas" | "budget";
export type PlanChange =
  | { code: "goal-added" | "goal-removed"; goal: number; title: string }
  | { code: "goal-renamed"; goal: number; before: string; after: string }
  | { code: "measure-added" | "measure-removed"; goal: number; measure: number; title: string }
  | { code: "measure-changed"; goal: number; measure: number; title: string; fields: MeasureField[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(a: MeasureSnapshot, b: MeasureSnapshot): MeasureField[] {
  const fields: MeasureField[] = [];
  if (a.title !== b.title) fields.push("title");
  if (a.responsible !== b.responsible) fields.push("responsible");
  if (a.uhPartner !== b.uhPartner) fields.push("uhPartner");
  if (a.startYear !== b.startYear || a.endYear !== b.endYear) fields.push("years");
  if (a.network !== b.network) fields.push("network");
  if (!same([...a.schools].sort(), [...b.schools].sort())) fields.push("schools");
  if (!same([...a.priorityAreas].sort(), [...b.priorityAreas].sort())) fields.push("priorityAreas");
  const budgets = (m: MeasureSnapshot) => [...m.budgets].sort((x, y) => x.year - y.year);
  if (!same(budgets(a), budgets(b))) fields.push("budget");
  return fields;
}

/** What changed from one version of a plan to the next, goal by goal and tiltak by tiltak (matched by id). */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const changes: PlanChange[] = [];
  const oldGoals = new Map(before.goals.map((g) => [g.id, g]));
  const newGoals = new Map(after.goals.map((g) => [g.id, g]));
  for (const g of after.goals) {
    const old = oldGoals.get(g.id);
    if (!old) {
      changes.push({ code: "goal-added", goal: g.number, title: g.title });
      for (const m of g.measures) changes.push({ code: "measure-added", goal: g.number, measure: m.number, title: m.title });
      continue;
    }
    if (old.title !== g.title) changes.push({ code: "goal-renamed", goal: g.number, before: old.title, after: g.title });
    const oldMeasures = new Map(old.measures.map((m) => [m.id, m]));
    for (const m of g.measures) {
      const prev = oldMeasures.get(m.id);
      if (!prev) changes.push({ code: "measure-added", goal: g.number, measure: m.number, title: m.title });
      else {
        const fields = changedFields(prev, m);
        if (fields.length) changes.push({ code: "measure-changed", goal: g.number, measure: m.number, title: m.title, fields });
      }
    }
    const kept = new Set(g.measures.map((m) => m.id));
    for (const m of old.measures) if (!kept.has(m.id)) changes.push({ code: "measure-removed", goal: g.number, measure: m.number, title: m.title });
  }
  for (const g of before.goals) if (!newGoals.has(g.id)) changes.push({ code: "goal-removed", goal: g.number, title: g.title });
  return changes;
}
