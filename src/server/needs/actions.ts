"use server";
// Public POST endpoints of the behovsmelding. runAction authenticates; service.ts authorizes, validates and writes.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { grantNeedsExtension, removeNeedsLine, saveNeedsLine, submitNeeds } from "./service";

type State = ActionResult<unknown> | null;
const PAGES = ["/min-side/behov/[fylke]/[year]", "/min-side"];

export async function saveNeedsLineAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const fields = ["schoolOwnerId", "schemeId", "year", "version", "priorityAreaId", "targetGroup", "staffCount", "measureKind", "uhPartner", "fromYear", "toYear"];
  return runAction(saveNeedsLine, formFields(form, fields), PAGES, "saveNeedsLineAction");
}

export async function removeNeedsLineAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeNeedsLine, formFields(form, ["lineId", "version"]), PAGES, "removeNeedsLineAction");
}

export async function submitNeedsAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(submitNeeds, formFields(form, ["schoolOwnerId", "schemeId", "year", "version"]), PAGES, "submitNeedsAction");
}

export async function grantNeedsExtensionAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(grantNeedsExtension, formFields(form, ["schoolOwnerId", "schemeId", "year", "until", "reason"]), PAGES, "grantNeedsExtensionAction");
}
