"use server";
// Public POST endpoints. runAction authenticates; the feature functions authorize, validate with zod
// and write with their audit entry in one transaction.
import type { ActionResult } from "../action-result";
import { formFields, runAction } from "../run-action";
import { addGroupMember, removeGroupMember } from "./group-members";
import { createRegion } from "./regions";

type State = ActionResult<unknown> | null;

export async function addGroupMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  return runAction(addGroupMember, formFields(form, ["groupId", "version", "name", "role"]), [`/min-side/grupper/${String(form.get("groupId"))}`]);
}

export async function removeGroupMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  return runAction(removeGroupMember, formFields(form, ["groupId", "version", "memberId"]), [`/min-side/grupper/${String(form.get("groupId"))}`]);
}

export async function createRegionAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  return runAction(createRegion, formFields(form, ["countyId", "name", "coordinator", "uhPartner"]), ["/", `/min-side/struktur/${String(form.get("countySlug") ?? "")}`, "/min-side"]);
}
