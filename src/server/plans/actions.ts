"use server";
// Public POST endpoints of the region plan. runAction authenticates; the functions in service.ts authorize
// (the region's skoleutvikler), validate with zod, apply src/domain/plan.ts and write with their audit entries.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { adoptPlan, removeGoal, removeMeasure, saveGoal, saveMeasure } from "./service";

type State = ActionResult<unknown> | null;
const PAGES = ["/min-side/planer/[fylke]/[region]", "/fylker/[fylke]/regioner/[slug]", "/min-side/tildelinger/[fylke]/[year]/[region]"];

export async function saveGoalAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(saveGoal, formFields(form, ["regionId", "periodId", "schemeId", "goalId", "planVersion", "title"]), PAGES, "saveGoalAction");
}

export async function removeGoalAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeGoal, formFields(form, ["goalId", "planVersion"]), PAGES, "removeGoalAction");
}

/** The budget comes as three fields per year (net_2026, uh_2026, egen_2026); they go back to the form as typed. */
export async function saveMeasureAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const years = [...form.keys()].flatMap((k) => /^net_(\d{1,6})$/.exec(k)?.[1] ?? []);
  const typedAmounts = Object.fromEntries([...form.entries()].filter(([k, v]) => /^(net|uh|egen)_\d{1,6}$/.test(k) && typeof v === "string"));
  const budgets = years.map((y) => ({ year: y, network: String(form.get(`net_${y}`) ?? ""), uh: String(form.get(`uh_${y}`) ?? ""), coFinancing: String(form.get(`egen_${y}`) ?? "") }));
  const fields = formFields(form, ["goalId", "measureId", "planVersion", "title", "responsible", "uhPartner", "startYear", "endYear", "networkId"], ["schoolIds", "priorityAreaIds"]);
  const result = await runAction(saveMeasure, { ...typedAmounts, ...fields, budgets }, PAGES, "saveMeasureAction");
  if (result.ok) return result;
  // Checkboxes are lists; the form reads them back from one comma-separated value each.
  const list = (name: string) => form.getAll(name).filter((v) => typeof v === "string").join(",");
  return { ...result, values: { ...result.values, schoolIds: list("schoolIds"), priorityAreaIds: list("priorityAreaIds") } };
}

export async function removeMeasureAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeMeasure, formFields(form, ["measureId", "planVersion"]), PAGES, "removeMeasureAction");
}

export async function adoptPlanAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(adoptPlan, formFields(form, ["planId", "caseId", "planVersion"]), PAGES, "adoptPlanAction");
}
