"use server";
// Public POST endpoints of the archive. runAction authenticates; service.ts authorizes, validates and writes.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { configureArchive, markPackageArchived, retryArchiveCopy } from "./service";

type State = ActionResult<unknown> | null;
const PAGES = ["/min-side/struktur/[fylke]/arkiv"];

export async function configureArchiveAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(configureArchive, formFields(form, ["countyId", "version", "url", "token"]), PAGES, "configureArchiveAction");
}

export async function retryArchiveCopyAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(retryArchiveCopy, formFields(form, ["copyId"]), PAGES, "retryArchiveCopyAction");
}

export async function markPackageArchivedAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(markPackageArchived, formFields(form, ["countyId", "upTo"]), PAGES, "markPackageArchivedAction");
}
