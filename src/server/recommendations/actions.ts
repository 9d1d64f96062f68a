"use server";
// Public POST endpoints of the innstilling. runAction authenticates; service.ts authorizes, validates and writes.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { adoptRecommendation, assembleRecommendationDraft, commentRecommendation, saveRecommendationText } from "./service";

type State = ActionResult<unknown> | null;
const PAGES = ["/min-side/innstilling/[fylke]/[year]", "/fylker/[fylke]/innstilling/[year]", "/fylker/[fylke]"];

export async function assembleRecommendationAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(assembleRecommendationDraft, formFields(form, ["countyId", "schemeId", "year", "version"]), PAGES, "assembleRecommendationAction");
}

/** The notes come as one field per region: note:<regionId>. */
export async function saveRecommendationTextAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const notes = Object.fromEntries([...form.entries()].filter(([k, v]) => k.startsWith("note:") && typeof v === "string").map(([k, v]) => [k.slice(5), v]));
  return runAction(saveRecommendationText, { ...formFields(form, ["recommendationId", "version", "intro"]), notes }, PAGES, "saveRecommendationTextAction");
}

export async function commentRecommendationAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(commentRecommendation, formFields(form, ["recommendationId", "text"]), PAGES, "commentRecommendationAction");
}

export async function adoptRecommendationAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(adoptRecommendation, formFields(form, ["recommendationId", "version", "caseId"]), PAGES, "adoptRecommendationAction");
}
