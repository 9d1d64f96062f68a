"use server";
// Public POST endpoints for meetings and votes. runAction authenticates; the functions in service.ts
// check the seat and role, validate with zod and write with their audit entries in one transaction.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { redirect } from "next/navigation";
import { msg, withLocale } from "@/i18n/server-text";
import { requestLocale } from "@/i18n/request-locale";
import { approveMinutes, createMeeting, moveCase, publishAgenda, recordAttendance, updateMeeting } from "./meetings";
import { addCaseAttachment, castBallot, closeRound, createCase, decideInCommittee, openRound, recordFinalSay, recordConsensus } from "./service";

type State = ActionResult<unknown> | null;
const pages = (form: FormData) => [`/moter/${String(form.get("meetingId") ?? "")}`, `/moter/${String(form.get("meetingId") ?? "")}/protokoll`];

export async function openRoundAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction((db, actor, input) => openRound(db, actor, input), formFields(form, ["caseId", "version", "minutes", "consensusFailedNote"]), pages(form), "openRoundAction");
}
export async function castBallotAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  // No page is rendered again for a ballot: the voter's form shows its own result, and every open panel
  // learns who has voted from the round's event (src/server/voting/live.ts). A ballot changes no public page.
  return runAction((db, actor, input) => castBallot(db, actor, input), formFields(form, ["roundId", "choice"]), [], "castBallotAction");
}
export async function closeRoundAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction((db, actor, input) => closeRound(db, actor, input), formFields(form, ["roundId"]), [...pages(form), "/fylker/[fylke]/regioner/[slug]"], "closeRoundAction");
}
export async function committeeDecisionAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(decideInCommittee, formFields(form, ["caseId", "version", "proposalId"]), pages(form), "committeeDecisionAction");
}
export async function consensusAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(recordConsensus, formFields(form, ["caseId", "version", "proposalId"]), pages(form), "consensusAction");
}
export async function finalSayAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(recordFinalSay, formFields(form, ["caseId", "version", "proposalId", "reason"]), pages(form), "finalSayAction");
}
export async function createCaseAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(createCase, formFields(form, ["meetingId", "schemeId", "number", "title", "description", "kind", "proposals"]), pages(form), "createCaseAction");
}
export async function uploadCaseAttachmentAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return withLocale(await requestLocale(), () => ({ ok: false, message: msg("voting.service.chooseFile"), fieldErrors: { file: [msg("voting.service.chooseFileShort")] } }));
  const input = { caseId: String(form.get("caseId") ?? ""), filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  return runAction((d, a) => addCaseAttachment(d, a, input), null, pages(form), "uploadCaseAttachmentAction");
}

const meetingFields = ["title", "date", "time", "place", "videoLink"];
const publicPages = ["/fylker/[fylke]/moter", "/fylker/[fylke]/moter/[id]", "/moter"];

export async function createMeetingAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const result = await runAction(createMeeting, formFields(form, ["forumId", ...meetingFields]), ["/moter"], "createMeetingAction");
  // The new meeting has no agenda yet: go straight to it to set the cases up.
  if (result.ok) redirect(`/moter/${(result.data as { meetingId: string }).meetingId}`);
  return result;
}
export async function updateMeetingAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(updateMeeting, formFields(form, ["meetingId", "version", ...meetingFields]), [...pages(form), ...publicPages], "updateMeetingAction");
}
export async function publishAgendaAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(publishAgenda, formFields(form, ["meetingId", "version"]), [...pages(form), ...publicPages], "publishAgendaAction");
}
export async function moveCaseAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(moveCase, formFields(form, ["caseId", "version", "direction"]), [...pages(form), ...publicPages], "moveCaseAction");
}
export async function attendanceAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(recordAttendance, formFields(form, ["meetingId", "version"], ["present"]), [...pages(form), ...publicPages], "attendanceAction");
}
export async function approveMinutesAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(approveMinutes, formFields(form, ["meetingId", "minutesOfId"]), [...pages(form), ...publicPages, "/moter/[id]/protokoll"], "approveMinutesAction");
}
