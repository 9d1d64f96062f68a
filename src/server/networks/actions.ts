"use server";
// Public POST endpoints of the networks. runAction authenticates; service.ts authorizes, validates and writes.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { addParticipant, confirmCriteria, recordAttendance, removeParticipant, saveGathering, saveNetwork } from "./service";

type State = ActionResult<unknown> | null;
const PAGES = ["/min-side/nettverk/[fylke]/[region]", "/min-side/nettverk/[fylke]/[region]/[id]", "/fylker/[fylke]/regioner/[slug]", "/min-side"];

export async function saveNetworkAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(saveNetwork, formFields(form, ["regionId", "networkId", "version", "name", "kind", "targetGroup", "rhythm", "schemeId"]), PAGES, "saveNetworkAction");
}

export async function addParticipantAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(addParticipant, formFields(form, ["networkId", "version", "schoolId", "label"]), PAGES, "addParticipantAction");
}

export async function removeParticipantAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeParticipant, formFields(form, ["participantId", "version"]), PAGES, "removeParticipantAction");
}

export async function saveGatheringAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const fields = ["networkId", "gatheringId", "version", "title", "date", "days", "place", "faglige", "innblikk", "erfaring", "veienVidere"];
  return runAction(saveGathering, formFields(form, fields), PAGES, "saveGatheringAction");
}

export async function recordAttendanceAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(recordAttendance, formFields(form, ["gatheringId", "version"], ["present"]), PAGES, "recordAttendanceAction");
}

export async function confirmCriteriaAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(confirmCriteria, formFields(form, ["participantId"], ["criterionIds"]), PAGES, "confirmCriteriaAction");
}
