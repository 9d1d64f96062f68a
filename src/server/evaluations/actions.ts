"use server";
// Public POST endpoints for the yearly evaluation. runAction authenticates; service.ts authorizes,
// validates with zod and writes with its audit entry in one transaction.
import type { ActionResult } from "../action-result";
import { currentUser } from "../auth/session";
import { db } from "../db";
import { asForm, formFields, runAction } from "../run-action";
import { acceptEvaluation, addAttachment, grantExtension, removeAttachment, heartbeat, recordConclusion, returnEvaluation, saveField, startEvaluation, submitEvaluation, type SaveResult } from "./service";
import { errors, msg, withLocale } from "@/i18n/server-text";
import { requestLocale } from "@/i18n/request-locale";
import { logRefusal, refusalReason } from "../security-log";

type State = ActionResult<unknown> | null;
const pages = (form: FormData) => ["/min-side/evalueringer", "/min-side", `/min-side/evalueringer/${String(form.get("regionSlug") ?? "")}/${String(form.get("year") ?? "")}`];

/** Autosave of one field: called by the editor directly (no form), refreshes nothing. */
export async function saveFieldAction(input: { evaluationId: string; field: string; base: string; value: string }): Promise<SaveResult> {
  return withLocale(await requestLocale(), () => saveFieldAs(input));
}
async function saveFieldAs(input: unknown): Promise<SaveResult> {
  const user = await currentUser();
  if (!user) {
    logRefusal({ action: "saveFieldAction", userId: null, reason: "not-signed-in" });
    return { ok: false, message: errors.notSignedIn };
  }
  const result = await saveField(db(), user, input);
  if (!result.ok) logRefusal({ action: "saveFieldAction", userId: user.id, reason: refusalReason(result, true) });
  return result;
}

export async function heartbeatAction(evaluationId: string): Promise<string[]> {
  // Anything can arrive here; an object without a prototype cannot even be made a string.
  return heartbeat(db(), await currentUser(), typeof evaluationId === "string" ? evaluationId : "");
}

export async function submitAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction((d, a, i) => submitEvaluation(d, a, i), formFields(form, ["evaluationId", "version"]), pages(form), "submitAction");
}
export async function returnAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(returnEvaluation, formFields(form, ["evaluationId", "version", "comment"]), pages(form), "returnAction");
}
export async function acceptAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(acceptEvaluation, formFields(form, ["evaluationId", "version"]), pages(form), "acceptAction");
}
export async function extensionAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(grantExtension, formFields(form, ["regionId", "schemeId", "year", "until", "reason"]), pages(form), "extensionAction");
}
export async function conclusionAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(recordConclusion, formFields(form, ["countyId", "schemeId", "year", "adjustStrategy", "reasoning"]), pages(form), "conclusionAction");
}

export async function uploadAttachmentAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return withLocale(await requestLocale(), () => ({ ok: false, message: msg("attachments.chooseFile"), fieldErrors: { file: [msg("attachments.chooseFileShort")] } }));
  }
  const input = { evaluationId: String(form.get("evaluationId") ?? ""), filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  return runAction((d, a) => addAttachment(d, a, input), null, pages(form), "uploadAttachmentAction");
}

export async function removeAttachmentAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction((d, a) => removeAttachment(d, a, String(form.get("attachmentId") ?? "")), null, pages(form), "removeAttachmentAction");
}

export async function startEvaluationAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(startEvaluation, formFields(form, ["regionId", "schemeId", "year"]), ["/min-side/evalueringer", "/min-side/evalueringer/[region]/[year]"], "startEvaluationAction");
}
