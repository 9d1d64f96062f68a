"use server";
import { redirect } from "next/navigation";
// Public POST endpoints. runAction authenticates; the feature functions authorize, validate with zod
// and write with their audit entry in one transaction.
import type { ActionResult } from "../action-result";
import { asForm, formFields, runAction } from "../run-action";
import { addGroupMember, removeGroupMember } from "./group-members";
import { createRegion } from "./regions";
import { moveOwner } from "./memberships";
import { addCommitteeMember, addForumMember, createCommittee, createForum, removeCommitteeMember, removeForumMember, updateForumMember, updateForumRules } from "./forums";
import { addKindergarten, addOwner, addSchool, removeKindergarten, removeSchool, updateKindergarten, updateRegion, updateSchool } from "./units";
import { createGroup } from "./groups";
import { updateCountySettings } from "./county-settings";
import { applyImport, MAX_IMPORT_MB, previewImport } from "./imports";
import { closePeriod, savePeriod, startNextPeriod } from "./periods";
import { SUBGOAL_SLOTS } from "./schemas";
import { setCountySchemes, setForumSchemes } from "../schemes";

type State = ActionResult<unknown> | null;

export async function addGroupMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(addGroupMember, formFields(form, ["groupId", "version", "name", "role"]), [`/min-side/grupper/${String(form.get("groupId"))}`], "addGroupMemberAction");
}

export async function removeGroupMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeGroupMember, formFields(form, ["groupId", "version", "memberId"]), [`/min-side/grupper/${String(form.get("groupId"))}`], "removeGroupMemberAction");
}

export async function createRegionAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(createRegion, formFields(form, ["countyId", "name", "coordinator", "uhPartner"]), ["/", "/fylker/[fylke]", `/min-side/struktur/${String(form.get("countySlug") ?? "")}`, "/min-side"], "createRegionAction");
}

const periodPages = (form: FormData) => ["/fylker/[fylke]", "/min-side", "/min-side/tildelinger/[fylke]", `/min-side/struktur/${String(form.get("countySlug") ?? "")}/perioder`];

export async function savePeriodAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const goals = SUBGOAL_SLOTS.flatMap((n) => [`goal${n}Title`, `goal${n}Summary`, `goal${n}Strategies`]);
  const fields = ["countyId", "periodId", "version", "name", "startYear", "endYear", "purposes", "priorityAreas", ...goals];
  return runAction(savePeriod, formFields(form, fields), periodPages(form), "savePeriodAction");
}

export async function startNextPeriodAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(startNextPeriod, formFields(form, ["countyId"]), periodPages(form), "startNextPeriodAction");
}

export async function closePeriodAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(closePeriod, formFields(form, ["periodId", "version"]), periodPages(form), "closePeriodAction");
}

export async function updateCountySettingsAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const fields = ["countyId", "version", "name", "forumName", "governorName", "networkShare", "deadlineDay", "deadlineMonth", "needsDeadlineDay", "needsDeadlineMonth", "reminderDays", "language"];
  return runAction(updateCountySettings, formFields(form, fields), ["/", "/fylker/[fylke]", "/min-side", `/min-side/struktur/${String(form.get("countySlug") ?? "")}`], "updateCountySettingsAction");
}

/** The uploaded register file is read as text here; the feature function checks its size, shape and rows. */
export async function previewImportAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const file = form.get("file");
  const given = file instanceof File && file.size > 0 ? file : null;
  const tooLarge = !!given && given.size > MAX_IMPORT_MB * 1024 * 1024;
  const content = given && !tooLarge ? await given.text() : undefined;
  const input = { ...formFields(form, ["countyId", "regionId", "kind"]), fileName: given?.name, content, tooLarge };
  return runAction(previewImport, input, [], "previewImportAction");
}

export async function applyImportAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(applyImport, formFields(form, ["batchId", "version"]), ["/", "/fylker/[fylke]", "/min-side", `/min-side/struktur/${String(form.get("countySlug") ?? "")}`], "applyImportAction");
}

const regionPages = (form: FormData) => ["/", "/fylker/[fylke]", `/min-side/struktur/${String(form.get("countySlug") ?? "")}`, `/min-side/struktur/${String(form.get("countySlug") ?? "")}/regioner/${String(form.get("regionSlug") ?? "")}`, "/fylker/[fylke]/regioner/[slug]"];

export async function updateRegionAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(updateRegion, formFields(form, ["regionId", "name", "coordinator", "uhPartner"]), regionPages(form), "updateRegionAction");
}

export async function addOwnerAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(addOwner, formFields(form, ["regionId", "name", "kind", "orgNumber"]), regionPages(form), "addOwnerAction");
}

export async function createGroupAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(createGroup, formFields(form, ["ownerId", "kind", "name"], ["schoolIds", "kindergartenIds"]), [...regionPages(form), "/min-side"], "createGroupAction");
}

export async function addKindergartenAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(addKindergarten, formFields(form, ["ownerId", "name", "orgNumber", "children"]), regionPages(form), "addKindergartenAction");
}

export async function addSchoolAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(addSchool, formFields(form, ["ownerId", "name", "orgNumber"]), regionPages(form), "addSchoolAction");
}

export async function updateSchoolAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(updateSchool, formFields(form, ["schoolId", "version", "name", "orgNumber", "pupils"]), regionPages(form), "updateSchoolAction");
}

export async function removeSchoolAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeSchool, formFields(form, ["schoolId", "version"]), regionPages(form), "removeSchoolAction");
}

export async function updateKindergartenAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(updateKindergarten, formFields(form, ["kindergartenId", "version", "name", "orgNumber", "children"]), regionPages(form), "updateKindergartenAction");
}

export async function removeKindergartenAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeKindergarten, formFields(form, ["kindergartenId", "version"]), regionPages(form), "removeKindergartenAction");
}

const forumPages = (form: FormData) => ["/", "/fylker/[fylke]", `/min-side/struktur/${String(form.get("countySlug") ?? "")}`, `/min-side/struktur/${String(form.get("countySlug") ?? "")}/forum/${String(form.get("forumId") ?? "")}`];

export async function createForumAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const result = await runAction(createForum, formFields(form, ["countyId", "regionId"]), forumPages(form), "createForumAction");
  // The new forum has no members yet: go straight to its page to add them.
  if (result.ok) redirect(`/min-side/struktur/${String(form.get("countySlug") ?? "")}/forum/${(result.data as { forumId: string }).forumId}`);
  return result;
}

export async function addForumMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(addForumMember, formFields(form, ["forumId", "name", "organisation", "title", "kind", "schoolOwnerId", "position", "holdsVote"]), forumPages(form), "addForumMemberAction");
}

export async function removeForumMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeForumMember, formFields(form, ["memberId"]), forumPages(form), "removeForumMemberAction");
}

export async function updateForumRulesAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(updateForumRules, formFields(form, ["forumId", "version", "voteUnit", "leaderBreaksTie", "requiresConsensusFailure", "governorHasFinalSay", "quorum", "language"]), [...forumPages(form), "/fylker/[fylke]/regioner/[slug]"], "updateForumRulesAction");
}

export async function updateForumMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(updateForumMember, formFields(form, ["memberId", "position", "userId", "holdsVote"]), [...forumPages(form), "/fylker/[fylke]/regioner/[slug]"], "updateForumMemberAction");
}

export async function createCommitteeAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(createCommittee, formFields(form, ["forumId", "kind", "mandate"]), [...forumPages(form), "/fylker/[fylke]/regioner/[slug]"], "createCommitteeAction");
}

export async function addCommitteeMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(addCommitteeMember, formFields(form, ["committeeId", "forumMemberId", "function"]), [...forumPages(form), "/fylker/[fylke]/regioner/[slug]"], "addCommitteeMemberAction");
}

export async function removeCommitteeMemberAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(removeCommitteeMember, formFields(form, ["committeeMemberId"]), [...forumPages(form), "/fylker/[fylke]/regioner/[slug]"], "removeCommitteeMemberAction");
}

export async function moveOwnerAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(moveOwner, formFields(form, ["schoolOwnerId", "regionId", "periodId"]), [...regionPages(form), "/min-side/struktur/[fylke]/regioner/[region]"], "moveOwnerAction");
}

export async function setCountySchemesAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  const slug = String(form.get("countySlug") ?? "");
  return runAction(setCountySchemes, formFields(form, ["countyId", "version"], ["schemeIds"]), ["/min-side", `/min-side/struktur/${slug}`, `/min-side/struktur/${slug}/innstillinger`], "setCountySchemesAction");
}

export async function setForumSchemesAction(_prev: State, form: FormData): Promise<ActionResult<unknown>> {
  form = asForm(form);
  return runAction(setForumSchemes, formFields(form, ["forumId", "version"], ["schemeIds"]), forumPages(form), "setForumSchemesAction");
}
