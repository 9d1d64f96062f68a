// The region plan's server-side text in the language of the request (the catalogue's "plans" keys): its
// refusals and confirmations, and the domain rules' codes (domain/plan.ts) as sentences.
import type { BudgetProblem, MeasureProblem, PlanChange } from "@/domain/plan";
import { formatNok } from "@/domain/money";
import { msg } from "@/i18n/server-text";

export const planText = {
  get stale() { return msg("plans.server.stale"); },
  get noPeriod() { return msg("plans.server.noPeriod"); },
  goalSaved: (n: number) => msg("plans.server.goalSaved", { n }),
  goalRemoved: (n: number) => msg("plans.server.goalRemoved", { n }),
  goalHasMeasures: (n: number) => msg("plans.server.goalHasMeasures", { n }),
  measureSaved: (goal: number, n: number) => msg("plans.server.measureSaved", { goal, n }),
  measureRemoved: (goal: number, n: number) => msg("plans.server.measureRemoved", { goal, n }),
  measureInUse: (goal: number, n: number) => msg("plans.server.measureInUse", { goal, n }),
  get unknownChoice() { return msg("plans.server.unknownChoice"); },
  adopted: (caseNumber: string) => msg("plans.server.adopted", { caseNumber }),
  get alreadyAdopted() { return msg("plans.server.alreadyAdopted"); },
  get caseNotDecided() { return msg("plans.server.caseNotDecided"); },
  get caseNotRegion() { return msg("plans.server.caseNotRegion"); },
  get measureInvalid() { return msg("plans.server.measureInvalid"); },
  get overBudgetSummary() { return msg("plans.server.overBudgetSummary"); },
};

export function budgetProblemText(p: BudgetProblem): string {
  const year = String(p.year);
  return p.code === "over-allocation"
    ? msg("plans.budget.over", { year, planned: formatNok(p.plannedOre), allocated: formatNok(p.allocatedOre), over: formatNok(p.plannedOre - p.allocatedOre) })
    : msg("plans.budget.none", { year, planned: formatNok(p.plannedOre) });
}

/** The field of the measure form a problem belongs to. */
export function measureProblemField(p: MeasureProblem): string {
  switch (p.code) {
    case "no-priority-area": return "priorityAreaIds";
    case "no-target": return "networkId";
    case "years-reversed": case "years-outside-period": return "endYear";
    case "budget-outside-years": return `net_${p.year}`;
  }
}

export function measureProblemText(p: MeasureProblem): string {
  switch (p.code) {
    case "no-priority-area": return msg("plans.measureProblem.noPriorityArea");
    case "no-target": return msg("plans.measureProblem.noTarget");
    case "years-reversed": return msg("plans.measureProblem.yearsReversed", { startYear: String(p.startYear), endYear: String(p.endYear) });
    case "years-outside-period": return msg("plans.measureProblem.yearsOutsidePeriod", { periodStart: String(p.periodStart), periodEnd: String(p.periodEnd) });
    case "budget-outside-years": return msg("plans.measureProblem.budgetOutsideYears", { year: String(p.year), startYear: String(p.startYear), endYear: String(p.endYear) });
  }
}

export function planChangeText(c: PlanChange): string {
  switch (c.code) {
    case "goal-added": return msg("plans.change.goalAdded", { goal: c.goal, title: c.title });
    case "goal-removed": return msg("plans.change.goalRemoved", { goal: c.goal, title: c.title });
    case "goal-renamed": return msg("plans.change.goalRenamed", { goal: c.goal, before: c.before, after: c.after });
    case "measure-added": return msg("plans.change.measureAdded", { goal: c.goal, measure: c.measure, title: c.title });
    case "measure-removed": return msg("plans.change.measureRemoved", { goal: c.goal, measure: c.measure, title: c.title });
    case "measure-changed": return msg("plans.change.measureChanged", { goal: c.goal, measure: c.measure, title: c.title, fields: c.fields.map((f) => msg(`plans.field.${f}`)).join(", ") });
  }
}
