"use server";
// Public POST endpoints of openness. runAction authenticates; service.ts authorizes, validates and writes.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { releaseDocument, withholdDocument } from "./service";

type State = ActionResult<unknown> | null;
const PAGES = ["/min-side/struktur/[fylke]/offentlighet", "/fylker/[fylke]/regioner/[slug]", "/fylker/[fylke]/innstilling/[year]", "/fylker/[fylke]/evalueringer/[region]/[year]", "/fylker/[fylke]"];

export async function withholdDocumentAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(withholdDocument, formFields(form, ["kind", "documentId", "reason"]), PAGES, "withholdDocumentAction");
}

export async function releaseDocumentAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(releaseDocument, formFields(form, ["kind", "documentId"]), PAGES, "releaseDocumentAction");
}
