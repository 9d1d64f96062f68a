// The cells of the authorization matrix, shared by the matrix, the fuzzing and the concurrency tests:
// the actors (every role, and the same roles in a foreign county and region), a valid call of every
// exported server action aimed at Nordland / Vesterålen, and the fixture rows those calls refer to.
// A test file that uses it replaces what cannot run outside Next (see fakeNext below).
import { expect } from "vitest";
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import { errors } from "../../src/i18n/server-text";
import type { Db } from "../../src/server/prisma-client";
import * as access from "../../src/server/access/actions";
import * as allocations from "../../src/server/allocations/actions";
import * as evaluations from "../../src/server/evaluations/actions";
import * as plans from "../../src/server/plans/actions";
import * as networks from "../../src/server/networks/actions";
import * as needs from "../../src/server/needs/actions";
import * as recommendations from "../../src/server/recommendations/actions";
import * as openness from "../../src/server/openness/actions";
import * as archive from "../../src/server/archive/actions";
import { assembleRecommendation, toJson } from "../../src/domain/recommendation";
import { currentNeedsYear } from "../../src/domain/needs";
import * as structure from "../../src/server/structure/actions";
import * as voting from "../../src/server/voting/actions";
import * as language from "../../src/server/language/actions";
import { openRound } from "../../src/server/voting/service";
import { addAttachment } from "../../src/server/evaluations/service";

export { session } from "./fake-session";

export type ActorKey = "anon" | "admin" | "sf" | "forum" | "su" | "ofmLeader" | "ofm" | "uh" | "owner" | "leader" | "norole" | "sfOther" | "suOther";
export const ACTORS: ActorKey[] = ["anon", "admin", "sf", "forum", "su", "ofmLeader", "ofm", "uh", "owner", "leader", "norole", "sfOther", "suOther"];
export const users = {} as Record<ActorKey, PortalUser | null>;
export const F = {} as Record<string, string>;

/** What a cell is called with: a form (FormData), or the arguments of an action that takes no form. */
export type Call = (x: typeof F) => Promise<unknown>;
export const form = (fields: Record<string, string | string[] | File>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
  return fd;
};
export const pdf = () => new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], "notat.pdf", { type: "application/pdf" });
type Action = (prev: null, fd: FormData) => Promise<unknown>;
export type Fields = (x: typeof F) => Record<string, string | string[] | File>;
/** A call through a form; the action and its fields stay reachable for the fuzzer. */
const viaForm = (action: unknown, fields: Fields): Call & { action: Action; fields: Fields } =>
  Object.assign((x: typeof F) => (action as Action)(null, form(fields(x))), { action: action as Action, fields });

/** `consumes`: the first allowed cell removes the target, so the later allowed ones may find it gone. */
export type Row = { call: Call; allowed: ActorKey[]; consumes?: boolean };

/** Every exported server action, with a valid call aimed at Nordland / Vesterålen and who may make it. */
export const ACTIONS: Record<string, Row> = {
  // access
  inviteAction: { call: viaForm(access.inviteAction, (x) => ({ countyId: x.county, name: "Ny Person", email: `ny.${Math.random().toString(36).slice(2)}@example.no`, role1: "SKOLEUTVIKLER", scope1: `region:${x.region}` })), allowed: ["sf", "admin"] },
  resendInvitationAction: { call: viaForm(access.resendInvitationAction, (x) => ({ invitationId: x.invitation, version: "0" })), allowed: ["sf"] },
  withdrawInvitationAction: { call: viaForm(access.withdrawInvitationAction, (x) => ({ invitationId: x.invitation, version: "0" })), allowed: ["sf"] },
  grantRoleAction: { call: viaForm(access.grantRoleAction, (x) => ({ userId: x.userNina, role: "UH_PARTNER", scope: `region:${x.regionOther}` })), allowed: ["sf", "admin"] },
  revokeRoleAction: { call: viaForm(access.revokeRoleAction, (x) => ({ assignmentId: x.assignmentNina })), allowed: ["sf", "admin"], consumes: true },
  deactivateUserAction: { call: viaForm(access.deactivateUserAction, (x) => ({ userId: x.userMona })), allowed: ["sf", "admin", "su"] },
  reactivateUserAction: { call: viaForm(access.reactivateUserAction, (x) => ({ userId: x.userMona })), allowed: ["sf", "admin", "su"] },
  createCountyAction: { call: viaForm(access.createCountyAction, () => ({ name: `Agder ${Math.random().toString(36).slice(2, 6).replace(/\d/g, "x")}`, governorName: "Statsforvalteren i Agder" })), allowed: ["admin"] },
  // The reader's own language cookie: anyone may choose, signed in or not; nothing else is written.
  chooseLanguageAction: { call: viaForm(language.chooseLanguageAction, () => ({ sprak: "nn" })), allowed: [...ACTORS] },
  startAcceptingAction: { call: () => access.startAcceptingAction("a".repeat(43)), allowed: [...ACTORS] },
  startLinkingAction: { call: () => access.startLinkingAction(), allowed: ACTORS.filter((a) => a !== "anon") },
  // allocations
  recordGrantAction: { call: viaForm(allocations.recordGrantAction, (x) => ({ schemeId: "dekom", countyId: x.county, year: "2025", amount: "10 000 000", receivedOn: "2025-01-20", letterRef: "Udir 2025/1", networkShare: "40", version: "0" })), allowed: ["sf"] },
  decideAllocationAction: { call: viaForm(allocations.decideAllocationAction, (x) => ({ allocationId: x.allocation, version: x.allocationVersion, decision: "reopen" })), allowed: ["sf"] },
  approveAllAction: { call: viaForm(allocations.approveAllAction, (x) => ({ grantId: x.grant, items: [`${x.allocation}:${x.allocationVersion}`] })), allowed: ["sf"] },
  recordPayoutAction: { call: viaForm(allocations.recordPayoutAction, (x) => ({ allocationId: x.allocation, version: x.allocationVersion, paidOn: "2022-03-01", reference: "Bet 1" })), allowed: ["sf"] },
  setKeyAction: { call: viaForm(allocations.setKeyAction, (x) => ({ schemeId: "dekom", periodId: x.period, basedOnKeyId: x.key, fromYear: "2027", basis: "TEACHERS", decisionRef: "Sak 9/26", decidedOn: "2026-11-01", ...Object.fromEntries(x.regions.split(",").map((r) => [`share:${r}`, "10"])) })), allowed: ["sf"] },
  recordCoFinancingAction: { call: viaForm(allocations.recordCoFinancingAction, (x) => ({ schemeId: "dekom", schoolOwnerId: x.ownerSortland, year: "2026", kind: "PENGER", amount: "1000", description: "Samlinger" })), allowed: ["sf", "su", "owner"] },
  correctCoFinancingAction: { call: viaForm(allocations.correctCoFinancingAction, (x) => ({ coFinancingId: x.coFinancing, version: "1", kind: "LONN", amount: "1200", description: "Lønn til ressurslærer" })), allowed: ["sf", "su", "owner"] },
  withdrawCoFinancingAction: { call: viaForm(allocations.withdrawCoFinancingAction, (x) => ({ coFinancingId: x.coFinancingToWithdraw, version: "1", reason: "Registrert to ganger" })), allowed: ["sf", "su", "owner"] },
  // plans
  saveGoalAction: { call: viaForm(plans.saveGoalAction, (x) => ({ schemeId: "dekom", regionId: x.region, periodId: x.periodNext, planVersion: "1", title: "Alle elever skal lese godt" })), allowed: ["su"] },
  removeGoalAction: { call: viaForm(plans.removeGoalAction, (x) => ({ goalId: x.goalEmpty, planVersion: x.seedPlanVersion })), allowed: ["su"], consumes: true },
  saveMeasureAction: { call: viaForm(plans.saveMeasureAction, (x) => ({ goalId: x.goalSeed, planVersion: x.seedPlanVersion, title: "Lesenettverk", startYear: "2021", endYear: "2022", networkId: x.network, priorityAreaIds: [x.areaOld], schoolIds: [], net_2021: "", uh_2021: "", egen_2021: "" })), allowed: ["su"] },
  removeMeasureAction: { call: viaForm(plans.removeMeasureAction, (x) => ({ measureId: x.measureToRemove, planVersion: x.seedPlanVersion })), allowed: ["su"], consumes: true },
  // networks
  saveNetworkAction: { call: viaForm(networks.saveNetworkAction, (x) => ({ regionId: x.region, version: "0", name: "Lesenettverket", kind: "FAGSAMLINGER", targetGroup: "Lærere på 1.–4. trinn", rhythm: "Tre samlinger i året", schemeId: "dekom" })), allowed: ["su"] },
  addParticipantAction: { call: viaForm(networks.addParticipantAction, (x) => ({ networkId: x.netFixture, version: "1", schoolId: x.freeSchool, label: "" })), allowed: ["su"] },
  removeParticipantAction: { call: viaForm(networks.removeParticipantAction, (x) => ({ participantId: x.participantToRemove, version: "1" })), allowed: ["su"], consumes: true },
  saveGatheringAction: { call: viaForm(networks.saveGatheringAction, (x) => ({ networkId: x.netFixture, version: "0", title: "Høstsamling", date: "2027-10-14", days: "2", place: "Sortland", faglige: "Innlegg om lesing", innblikk: "Myre viser praksis", erfaring: "Gruppearbeid", veienVidere: "Aksjon til neste samling" })), allowed: ["su"] },
  recordAttendanceAction: { call: viaForm(networks.recordAttendanceAction, (x) => ({ gatheringId: x.gatheringFixture, version: "1", present: [x.participantLamarka] })), allowed: ["su"] },
  confirmCriteriaAction: { call: viaForm(networks.confirmCriteriaAction, (x) => ({ participantId: x.participantLamarka, criterionIds: [x.criterion] })), allowed: ["su", "owner", "leader"] },
  // behovsmelding
  saveNeedsLineAction: { call: viaForm(needs.saveNeedsLineAction, (x) => ({ schemeId: "dekom", schoolOwnerId: x.ownerSortland, year: x.needsYear, version: "0", priorityAreaId: x.areaRegion, targetGroup: "Lærere på 1.–4. trinn", staffCount: "12", measureKind: "NETTVERK", uhPartner: "Nord universitet", fromYear: x.needsYear, toYear: x.needsYear })), allowed: ["owner"] },
  removeNeedsLineAction: { call: viaForm(needs.removeNeedsLineAction, (x) => ({ lineId: x.needsLine, version: "1" })), allowed: ["owner"], consumes: true },
  submitNeedsAction: { call: viaForm(needs.submitNeedsAction, (x) => ({ schemeId: "dekom", schoolOwnerId: x.ownerSortland, year: x.needsYear, version: "1" })), allowed: ["owner"] },
  grantNeedsExtensionAction: { call: viaForm(needs.grantNeedsExtensionAction, (x) => ({ schoolOwnerId: x.ownerSortland, schemeId: "dekom", year: x.needsYear, until: `${x.needsYear}-03-01`, reason: "Ny skolesjef" })), allowed: ["sf"] },
  // innstilling
  assembleRecommendationAction: { call: viaForm(recommendations.assembleRecommendationAction, (x) => ({ schemeId: "dekom", countyId: x.county, year: "2027", version: "0" })), allowed: ["sf"] },
  saveRecommendationTextAction: { call: viaForm(recommendations.saveRecommendationTextAction, (x) => ({ recommendationId: x.recDraft, version: "1", intro: "Forumet anbefaler tiltakene nedenfor.", [`note:${x.region}`]: "God plan." })), allowed: ["sf"] },
  commentRecommendationAction: { call: viaForm(recommendations.commentRecommendationAction, (x) => ({ recommendationId: x.recDraft, text: "Bør UH-andelen økes?" })), allowed: ["sf", "forum"] },
  adoptRecommendationAction: { call: viaForm(recommendations.adoptRecommendationAction, (x) => ({ recommendationId: x.recDraft, version: "1", caseId: x.samCase })), allowed: ["sf"] },
  // openness
  withholdDocumentAction: { call: viaForm(openness.withholdDocumentAction, (x) => ({ kind: "EVALUATION", documentId: x.evaluationAccepted, reason: "Offentleglova § 14, organinternt" })), allowed: ["sf"] },
  releaseDocumentAction: { call: viaForm(openness.releaseDocumentAction, (x) => ({ kind: "PLAN", documentId: x.planWithheld })), allowed: ["sf"], consumes: true },
  // archive
  configureArchiveAction: { call: viaForm(archive.configureArchiveAction, (x) => ({ countyId: x.county, version: "0", url: "https://arkiv.example.no/noark5v5/api/arkivstruktur/arkivdel/1", token: "hemmelig" })), allowed: ["sf"] },
  retryArchiveCopyAction: { call: viaForm(archive.retryArchiveCopyAction, (x) => ({ copyId: x.archiveCopy })), allowed: ["sf"] },
  markPackageArchivedAction: { call: viaForm(archive.markPackageArchivedAction, (x) => ({ countyId: x.county, upTo: new Date().toISOString() })), allowed: ["sf"], consumes: true },
  adoptPlanAction: { call: viaForm(plans.adoptPlanAction, (x) => ({ planId: x.planDraft, caseId: x.case3, planVersion: "1" })), allowed: ["sf", "su"] },
  // evaluations
  saveFieldAction: { call: (x) => evaluations.saveFieldAction({ evaluationId: x.evaluation, field: "effect", base: "", value: "Tekst" }), allowed: ["su"] },
  heartbeatAction: { call: (x) => evaluations.heartbeatAction(x.evaluation), allowed: ["sf", "forum", "su", "uh"] },
  submitAction: { call: viaForm(evaluations.submitAction, (x) => ({ evaluationId: x.evaluation, version: "0" })), allowed: ["su"] },
  returnAction: { call: viaForm(evaluations.returnAction, (x) => ({ evaluationId: x.evaluationSubmitted, version: "0", comment: "Rett effektdelen." })), allowed: ["sf"] },
  acceptAction: { call: viaForm(evaluations.acceptAction, (x) => ({ evaluationId: x.evaluationSubmitted, version: "0" })), allowed: ["sf"] },
  extensionAction: { call: viaForm(evaluations.extensionAction, (x) => ({ regionId: x.region, schemeId: "dekom", year: "2026", until: "2027-02-20", reason: "Ny skoleutvikler" })), allowed: ["sf"] },
  conclusionAction: { call: viaForm(evaluations.conclusionAction, (x) => ({ countyId: x.county, schemeId: "dekom", year: "2024", adjustStrategy: "nei", reasoning: "Forumet ser ingen grunn til å justere." })), allowed: ["sf"] },
  uploadAttachmentAction: { call: viaForm(evaluations.uploadAttachmentAction, (x) => ({ evaluationId: x.evaluation, file: pdf() })), allowed: ["su"] },
  removeAttachmentAction: { call: viaForm(evaluations.removeAttachmentAction, (x) => ({ attachmentId: x.attachment })), allowed: ["su"], consumes: true },
  startEvaluationAction: { call: viaForm(evaluations.startEvaluationAction, (x) => ({ schemeId: "dekom", regionId: x.region, year: "2026" })), allowed: ["su"] },
  // structure
  addGroupMemberAction: { call: viaForm(structure.addGroupMemberAction, (x) => ({ groupId: x.group, version: x.groupVersion, name: "Ny Deltaker", role: "HTV" })), allowed: ["sf", "su", "owner"] },
  removeGroupMemberAction: { call: viaForm(structure.removeGroupMemberAction, (x) => ({ groupId: x.group, version: x.groupVersion, memberId: x.groupMember })), allowed: ["sf", "su", "owner"], consumes: true },
  createRegionAction: { call: viaForm(structure.createRegionAction, (x) => ({ countyId: x.county, name: "Ny region", coordinator: "RKK Ny", uhPartner: "Nord universitet" })), allowed: ["sf"] },
  savePeriodAction: { call: viaForm(structure.savePeriodAction, (x) => ({ countyId: x.county, periodId: x.period, version: "0", name: "Strategi 2024–2027", startYear: "2024", endYear: "2027", purposes: "Bedre læring", priorityAreas: "Lesing" })), allowed: ["sf"] },
  startNextPeriodAction: { call: viaForm(structure.startNextPeriodAction, (x) => ({ countyId: x.county })), allowed: ["sf"] },
  closePeriodAction: { call: viaForm(structure.closePeriodAction, (x) => ({ periodId: x.periodOld, version: "0" })), allowed: ["sf"] },
  updateCountySettingsAction: { call: viaForm(structure.updateCountySettingsAction, (x) => ({ countyId: x.county, version: "0", name: "Nordland", forumName: "Samarbeidsforum Nordland", governorName: "Statsforvalteren i Nordland", networkShare: "40", deadlineDay: "31", deadlineMonth: "1", reminderDays: "30, 7, 1" })), allowed: ["sf"] },
  previewImportAction: { call: viaForm(structure.previewImportAction, (x) => ({ countyId: x.county, regionId: x.region, kind: "NSR", file: new File(["a;b\n"], "nsr.csv", { type: "text/csv" }) })), allowed: ["sf"] },
  applyImportAction: { call: viaForm(structure.applyImportAction, (x) => ({ batchId: x.batch, version: "0" })), allowed: ["sf"] },
  updateRegionAction: { call: viaForm(structure.updateRegionAction, (x) => ({ regionId: x.region, name: "Vesterålen", coordinator: "RKK Vesterålen og Lødingen", uhPartner: "Nord universitet" })), allowed: ["sf"] },
  addOwnerAction: { call: viaForm(structure.addOwnerAction, (x) => ({ regionId: x.region, name: "Ny friskole", kind: "PRIVAT", orgNumber: "974760673" })), allowed: ["sf"] },
  addSchoolAction: { call: viaForm(structure.addSchoolAction, (x) => ({ ownerId: x.ownerSortland, name: "Ny skole", orgNumber: "" })), allowed: ["sf"] },
  createGroupAction: { call: viaForm(structure.createGroupAction, (x) => ({ ownerId: x.ownerSortland, kind: "SKUT", name: "SKUT Lamarka nettverk", schoolIds: x.lamarka })), allowed: ["sf", "su", "owner", "leader"] },
  addKindergartenAction: { call: viaForm(structure.addKindergartenAction, (x) => ({ ownerId: x.ownerSortland, name: "Ny barnehage", orgNumber: "", children: "40" })), allowed: ["sf"] },
  updateSchoolAction: { call: viaForm(structure.updateSchoolAction, (x) => ({ schoolId: x.unitSchool, version: "1", name: "Matriseskolen endret", orgNumber: "", pupils: "120" })), allowed: ["sf"] },
  removeSchoolAction: { call: viaForm(structure.removeSchoolAction, (x) => ({ schoolId: x.schoolToRemove, version: "1" })), allowed: ["sf"], consumes: true },
  updateKindergartenAction: { call: viaForm(structure.updateKindergartenAction, (x) => ({ kindergartenId: x.unitKindergarten, version: "1", name: "Matrisebarnehagen endret", orgNumber: "", children: "30" })), allowed: ["sf"] },
  removeKindergartenAction: { call: viaForm(structure.removeKindergartenAction, (x) => ({ kindergartenId: x.kindergartenToRemove, version: "1" })), allowed: ["sf"], consumes: true },
  createForumAction: { call: viaForm(structure.createForumAction, (x) => ({ countyId: x.county, regionId: x.regionOther })), allowed: ["sf", "suOther"], consumes: true },
  addForumMemberAction: { call: viaForm(structure.addForumMemberAction, (x) => ({ forumId: x.forum, name: "Ny Representant", organisation: "Utdanningsforbundet", title: "", kind: "HTV", position: "MEDLEM", holdsVote: "" })), allowed: ["sf", "su"] },
  removeForumMemberAction: { call: viaForm(structure.removeForumMemberAction, (x) => ({ memberId: x.forumMemberToRemove })), allowed: ["sf", "su"], consumes: true },
  setCountySchemesAction: { call: viaForm(structure.setCountySchemesAction, (x) => ({ countyId: x.county, version: "0", schemeIds: "dekom" })), allowed: ["sf"] },
  setForumSchemesAction: { call: viaForm(structure.setForumSchemesAction, (x) => ({ forumId: x.forum, version: x.forumVersion, schemeIds: "dekom" })), allowed: ["sf", "su"] },
  updateForumRulesAction: { call: viaForm(structure.updateForumRulesAction, (x) => ({ forumId: x.forum, version: x.forumVersion, voteUnit: "MUNICIPALITY", leaderBreaksTie: "on", quorum: "" })), allowed: ["sf", "su"] },
  updateForumMemberAction: { call: viaForm(structure.updateForumMemberAction, (x) => ({ memberId: x.forumMemberPlain, position: "MEDLEM", userId: "", holdsVote: "on" })), allowed: ["sf", "su"] },
  createCommitteeAction: { call: viaForm(structure.createCommitteeAction, (x) => ({ forumId: x.forum, kind: "AUB", mandate: "Forberede saker om barnehage." })), allowed: ["sf", "su"] },
  addCommitteeMemberAction: { call: viaForm(structure.addCommitteeMemberAction, (x) => ({ committeeId: x.committee, forumMemberId: x.forumMemberPlain, function: "Medlem" })), allowed: ["sf", "su"] },
  removeCommitteeMemberAction: { call: viaForm(structure.removeCommitteeMemberAction, (x) => ({ committeeMemberId: x.committeeMember })), allowed: ["sf", "su"], consumes: true },
  moveOwnerAction: { call: viaForm(structure.moveOwnerAction, (x) => ({ schoolOwnerId: x.ownerSortland, regionId: x.regionOther, periodId: x.periodNext })), allowed: ["sf"] },
  // voting and meetings
  openRoundAction: { call: viaForm(voting.openRoundAction, (x) => ({ caseId: x.case2, version: "0", minutes: "30" })), allowed: ["sf", "su", "ofmLeader"] },
  castBallotAction: { call: viaForm(voting.castBallotAction, (x) => ({ roundId: x.round, choice: "avstar" })), allowed: ["ofmLeader", "ofm", "owner"] },
  closeRoundAction: { call: viaForm(voting.closeRoundAction, (x) => ({ roundId: x.round })), allowed: ["sf", "su", "ofmLeader"] },
  committeeDecisionAction: { call: viaForm(voting.committeeDecisionAction, (x) => ({ caseId: x.case3, version: "0", proposalId: x.case3proposal })), allowed: ["sf", "su", "ofmLeader"] },
  consensusAction: { call: viaForm(voting.consensusAction, (x) => ({ caseId: x.consensusCase, version: "0", proposalId: x.consensusProposal })), allowed: ["sf"] },
  finalSayAction: { call: viaForm(voting.finalSayAction, (x) => ({ caseId: x.samCase, version: "0", proposalId: x.samProposal, reason: "Statsforvalteren avgjør saken." })), allowed: ["sf"] },
  createCaseAction: { call: viaForm(voting.createCaseAction, (x) => ({ schemeId: "dekom", meetingId: x.meeting, number: `9${Math.floor(Math.random() * 1000)}/26`, title: "Ny sak", description: "Beskrivelse av saken", kind: "ORDINAR", proposals: "A\nB" })), allowed: ["sf", "su", "ofmLeader"] },
  uploadCaseAttachmentAction: { call: viaForm(voting.uploadCaseAttachmentAction, (x) => ({ caseId: x.case3, file: pdf() })), allowed: ["sf", "su", "ofmLeader"] },
  createMeetingAction: { call: viaForm(voting.createMeetingAction, (x) => ({ forumId: x.forum, title: "Oppvekstforum, møte 1/2027", date: "2027-02-01", time: "09:00", place: "Sortland" })), allowed: ["sf", "su", "ofmLeader"] },
  updateMeetingAction: { call: viaForm(voting.updateMeetingAction, (x) => ({ meetingId: x.meeting, version: "0", title: "Oppvekstforum, møte 4/2026", date: "2026-12-04", time: "10:00", place: "Sortland, rådhuset" })), allowed: ["sf", "su", "ofmLeader"] },
  publishAgendaAction: { call: viaForm(voting.publishAgendaAction, (x) => ({ meetingId: x.meeting, version: "0" })), allowed: ["sf", "su", "ofmLeader"] },
  moveCaseAction: { call: viaForm(voting.moveCaseAction, (x) => ({ caseId: x.case3, version: "0", direction: "up" })), allowed: ["sf", "su", "ofmLeader"] },
  attendanceAction: { call: viaForm(voting.attendanceAction, (x) => ({ meetingId: x.meeting, version: "0", present: [x.forumMemberPlain] })), allowed: ["sf", "su", "ofmLeader"] },
  approveMinutesAction: { call: viaForm(voting.approveMinutesAction, (x) => ({ meetingId: x.meeting, minutesOfId: x.meetingPast })), allowed: ["sf", "su", "ofmLeader"] },
};


/**
 * A refusal of the person: not signed in, no access, not found (nothing outside your scope is shown to
 * exist), or a rule's own "only the chair may …". Not an input error: every cell's input is valid, which
 * the allowed cells prove (they must get through without a field error).
 */
export const GENERIC = new Set<string>([errors.notSignedIn, errors.forbidden, errors.notFound]);
export const messageOf = (r: unknown) => (r && typeof r === "object" && "message" in r ? String((r as { message: unknown }).message) : JSON.stringify(r));
export const fieldErrorsOf = (r: unknown) => (r && typeof r === "object" && "fieldErrors" in r ? (r as { fieldErrors?: Record<string, string[]> }).fieldErrors : undefined);
export const isRefusal = (r: unknown) => !!r && typeof r === "object" && (r as { ok?: boolean }).ok === false;
export const INPUT_ERROR = "Skjemaet har feil. Rett feltene som er markert.";
export const refusedOk = (r: unknown) => (Array.isArray(r) ? r.length === 0 : isRefusal(r) && messageOf(r) !== INPUT_ERROR);

/** Loads the actors and makes the fixture rows the calls refer to (on a fresh copy of the demo database). */
export async function prepareCells(db: Db) {
  (globalThis as { dekomDb?: Db }).dekomDb = db;
  const user = async (email: string) => loadActor(db, (await db.user.findUniqueOrThrow({ where: { email } })).id);
  Object.assign(users, {
    anon: null,
    admin: await user("ada.drift@demo.example"),
    sf: await user("stine.berg@statsforvalteren.example"),
    forum: await user("jon.nyland@ks.example"),
    su: await user("kari.strand@rkk.example"),
    ofmLeader: await user("tor.andreassen@sortland.example"),
    ofm: await user("ingrid.hansen@andoy.example"),
    uh: await user("nina.lund@nord.example"),
    owner: await user("lene.karlsen@sortland.example"),
    leader: await user("mona.aas@lamarka.example"),
    norole: await user("uten.rolle@demo.example"),
  });
  // A foreign county with its own Statsforvalteren, and a skoleutvikler of another Nordland region.
  const troms = await db.county.create({ data: { slug: "troms-matrix", name: "Troms", forumName: "Samarbeidsforum Troms", governorName: "Statsforvalteren i Troms" } });
  const nordland = await db.county.findUniqueOrThrow({ where: { slug: "nordland" } });
  const vesteralen = await db.region.findFirstOrThrow({ where: { slug: "vesteralen" } });
  const other = await db.region.findFirstOrThrow({ where: { countyId: nordland.id, slug: { not: "vesteralen" } }, orderBy: { slug: "asc" } });
  const sfOther = await db.user.create({ data: { email: "sf@troms.example", name: "Siri Troms", roles: { create: { role: "STATSFORVALTER", countyId: troms.id } } } });
  const suOther = await db.user.create({ data: { email: "su@annen.example", name: "Sara Annen", roles: { create: { role: "SKOLEUTVIKLER", regionId: other.id } } } });
  users.sfOther = await loadActor(db, sfOther.id);
  users.suOther = await loadActor(db, suOther.id);

  const forum = await db.forum.findFirstOrThrow({ where: { regionId: vesteralen.id } });
  const samForum = await db.forum.findFirstOrThrow({ where: { countyId: nordland.id, regionId: null } });
  const meeting = await db.meeting.findFirstOrThrow({ where: { forumId: forum.id }, include: { cases: { include: { proposals: true }, orderBy: { position: "asc" } } } });
  const samMeeting = await db.meeting.findFirstOrThrow({ where: { forumId: samForum.id }, orderBy: { startsAt: "desc" }, include: { cases: { include: { proposals: true } } } });
  const pastMeeting = await db.meeting.create({ data: { forumId: forum.id, title: "Oppvekstforum, møte 3/2026", startsAt: new Date("2026-09-01T08:00:00Z"), place: "Sortland" } });
  const grant = await db.stateGrant.findFirstOrThrow({ where: { countyId: nordland.id }, orderBy: { year: "asc" }, include: { allocations: true } });
  const allocation = grant.allocations.find((a) => a.regionId === vesteralen.id)!;
  const periods = await db.strategyPeriod.findMany({ where: { countyId: nordland.id }, orderBy: { startYear: "asc" } });
  const key = await db.distributionKey.findFirstOrThrow({ where: { periodId: periods[1]!.id, schemeId: "dekom" }, orderBy: { seq: "desc" } });
  const sortland = await db.schoolOwner.findFirstOrThrow({ where: { name: { contains: "Sortland" } } });
  const group = await db.developmentGroup.findFirstOrThrow({ where: { ownerId: sortland.id, members: { some: {} } }, include: { members: true } });
  const plainMember = await db.forumMember.findFirstOrThrow({ where: { forumId: forum.id, position: "MEDLEM", userId: null } });
  const toRemove = await db.forumMember.create({ data: { forumId: forum.id, name: "Fjernes Snart", organisation: "Utdanningsforbundet", title: "", kind: "HTV", position: "MEDLEM" } });
  const committee = await db.workingCommittee.findFirstOrThrow({ where: { forumId: forum.id }, include: { members: true } });
  const su = users.su!;
  const nina = await db.user.findUniqueOrThrow({ where: { email: "nina.lund@nord.example" }, include: { roles: true } });
  const mona = await db.user.findUniqueOrThrow({ where: { email: "mona.aas@lamarka.example" } });
  const evaluation = await db.evaluation.create({ data: { schemeId: "dekom", regionId: vesteralen.id, year: 2025 } });
  const submitted = await db.evaluation.findFirstOrThrow({ where: { status: "SUBMITTED" }, include: { region: true } });
  // The submitted one must be in Vesterålen for the refusals of the foreign skoleutvikler to mean something.
  await db.evaluation.update({ where: { id: submitted.id }, data: { regionId: vesteralen.id, year: 2021 } });
  const attached = await addAttachment(db, su, { evaluationId: evaluation.id, filename: "vedlegg.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") });
  expect(attached.ok).toBe(true);
  const attachment = await db.evaluationAttachment.findFirstOrThrow({ where: { evaluationId: evaluation.id } });
  const invitation = await db.invitation.create({ data: { kind: "INVITE", tokenHash: "x".repeat(64), email: "venter@example.no", name: "Venter Person", invitedById: users.sf!.id, countyId: nordland.id, expiresAt: new Date(Date.now() + 86_400_000), grants: { create: { role: "SKOLEUTVIKLER", regionId: vesteralen.id } } } });
  const batch = await db.importBatch.create({ data: { countyId: nordland.id, regionId: vesteralen.id, kind: "NSR", fileName: "nsr.csv", sha256: "0".repeat(64), payload: { rows: [], rejected: [], skipped: 0 }, createdById: users.sf!.id } });
  const opened = await openRound(db, users.ofmLeader!, { caseId: meeting.cases[0]!.id, version: String(meeting.cases[0]!.version), minutes: "60" });
  expect(opened, JSON.stringify(opened)).toMatchObject({ ok: true });
  const round = await db.voteRound.findFirstOrThrow({ where: { caseId: meeting.cases[0]!.id } });
  const kept = await addAttachment(db, su, { evaluationId: evaluation.id, filename: "beholdes.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") });
  expect(kept.ok).toBe(true);
  const attachmentKept = await db.evaluationAttachment.findFirstOrThrow({ where: { evaluationId: evaluation.id, filename: "beholdes.pdf" } });
  // The region plan: the adopted seed plan (2020–2023) with a mål and a tiltak to remove, a draft for 2024–2027.
  const seedPlan = await db.regionPlan.findFirstOrThrow({ where: { regionId: vesteralen.id, periodId: periods[0]!.id }, include: { goals: { orderBy: { number: "asc" } } } });
  const goalEmpty = await db.goal.create({ data: { planId: seedPlan.id, regionId: vesteralen.id, number: 90, title: "Mål som fjernes" } });
  const measureToRemove = await db.measure.create({ data: { goalId: seedPlan.goals[0]!.id, number: 90, title: "Tiltak som fjernes" } });
  const planDraft = await db.regionPlan.create({ data: { schemeId: "dekom", regionId: vesteralen.id, periodId: periods[1]!.id } });
  const areaOld = await db.priorityArea.findFirstOrThrow({ where: { periodId: periods[0]!.id } });
  const network = await db.network.findFirstOrThrow({ where: { regionId: vesteralen.id } });
  const coFinancing = await db.coFinancing.create({ data: { schemeId: "dekom", schoolOwnerId: sortland.id, year: 2026, kind: "PENGER", amountOre: 100_000n, description: "Samlinger" } });
  const coFinancingToWithdraw = await db.coFinancing.create({ data: { schemeId: "dekom", schoolOwnerId: sortland.id, year: 2026, kind: "PENGER", amountOre: 50_000n, description: "Dobbelt registrert" } });
  // Networks: one with Lamarka (the skoleleder's school, Sortland's) and a gathering, one with a person to remove.
  const lamarka = await db.school.findFirstOrThrow({ where: { name: "Lamarka" } });
  const freeSchool = await db.school.findFirstOrThrow({ where: { name: "Myre" } });
  const netFixture = await db.network.create({ data: { regionId: vesteralen.id, name: "Matrisenettverket", kind: "FAGSAMLINGER", targetGroup: "Lærere", rhythm: "To samlinger i året", schemeId: "dekom", goals: [] } });
  const participantLamarka = await db.networkParticipant.create({ data: { networkId: netFixture.id, schoolId: lamarka.id } });
  const gatheringFixture = await db.gathering.create({ data: { networkId: netFixture.id, title: "Vårsamling", startsAt: new Date("2026-04-10T08:00:00Z"), place: "Sortland" } });
  const netRemove = await db.network.create({ data: { regionId: vesteralen.id, name: "Nettverk med en som går ut", kind: "FAGSAMLINGER", targetGroup: "Lærere", rhythm: "Årlig", schemeId: null, goals: [] } });
  const participantToRemove = await db.networkParticipant.create({ data: { networkId: netRemove.id, label: "Fjernes Deltaker" } });
  const criterion = await db.participationCriterion.findFirstOrThrow({ where: { regionId: vesteralen.id } });
  // Behovsmelding: Sortland's for the round open now, with one need to remove.
  const needsYear = currentNeedsYear(new Date(), new Date().getUTCFullYear(), { month: nordland.needsDeadlineMonth, day: nordland.needsDeadlineDay });
  const areaRegion = await db.priorityArea.findFirstOrThrow({ where: { regionId: vesteralen.id, replacedAt: null } });
  const needsReport = await db.needsReport.create({ data: { schemeId: "dekom", schoolOwnerId: sortland.id, year: needsYear, lines: { create: { priorityAreaId: areaRegion.id, targetGroup: "Ledere", staffCount: 3, measureKind: "KURS", fromYear: needsYear, toYear: needsYear } } }, include: { lines: true } });
  // Openness: an accepted evaluation to hold back, and the seed plan held back already (to release).
  const evaluationAccepted = await db.evaluation.findFirstOrThrow({ where: { status: "ACCEPTED", regionId: vesteralen.id } });
  await db.withheldDocument.create({ data: { countyId: nordland.id, kind: "PLAN", documentId: seedPlan.id, reason: "Under behandling", withheldById: users.sf!.id } });
  // A case the Samarbeidsforum agrees on by consensus.
  const consensusCase = await db.case.create({ data: { schemeId: "dekom", meetingId: samMeeting.id, number: "8/26", position: 8, title: "Innstilling 2027", description: "Forumets innstilling", kind: "OKONOMISK", preparedBy: "Sekretariatet",
    proposals: { create: { position: 1, text: "Vedta innstillingen", priorityAreas: [] } } }, include: { proposals: true } });
  // Innstillinger: a draft for 2026 and an adopted one for 2025 (its PDF is public).
  const content = (year: number) => ({ assembled: toJson(assembleRecommendation(year, [])) as object, assembledAt: new Date().toISOString(), intro: "", notes: {} });
  const recDraft = await db.recommendation.create({ data: { schemeId: "dekom", countyId: nordland.id, year: 2026, content: content(2026) } });
  await db.recommendation.create({ data: { schemeId: "dekom", countyId: nordland.id, year: 2025, content: content(2025), status: "ADOPTED", adoptedAt: new Date() } });
  // An archive copy that failed to be delivered (its PDF a stand-in: the matrix tests access, not content).
  const archiveCopy = await db.archiveCopy.create({ data: { countyId: nordland.id, kind: "ALLOCATION", sourceId: "fixture", decidedAt: new Date(), status: "FAILED", attempts: 12,
    pdf: Buffer.from("%PDF-1.7\n"), sha256: "0".repeat(64), sizeBytes: 9, generatedAt: new Date(), title: "Vedtak om tildeling (fixture)", sender: "Statsforvalteren", belongsTo: "Fixture", documentDate: new Date(), language: "nb" } });
  // Schools and kindergartens to edit and to remove (nothing refers to them).
  const unitSchool = await db.school.create({ data: { ownerId: sortland.id, name: "Matriseskolen" } });
  const schoolToRemove = await db.school.create({ data: { ownerId: sortland.id, name: "Skolen som fjernes" } });
  const unitKindergarten = await db.kindergarten.create({ data: { ownerId: sortland.id, name: "Matrisebarnehagen" } });
  const kindergartenToRemove = await db.kindergarten.create({ data: { ownerId: sortland.id, name: "Barnehagen som fjernes" } });
  const caseDocument = await db.caseAttachment.create({ data: { caseId: meeting.cases[1]!.id, filename: "saksframlegg.pdf", mimeType: "application/pdf", size: 10, data: Buffer.from("%PDF-1.4\n"), uploadedById: su.id } });
  Object.assign(F, {
    attachmentKept: attachmentKept.id, caseDocument: caseDocument.id, archiveCopy: archiveCopy.id,
    unitSchool: unitSchool.id, schoolToRemove: schoolToRemove.id, unitKindergarten: unitKindergarten.id, kindergartenToRemove: kindergartenToRemove.id,
    seedPlanVersion: String(seedPlan.version), goalSeed: seedPlan.goals[0]!.id, goalEmpty: goalEmpty.id, measureToRemove: measureToRemove.id, planDraft: planDraft.id,
    netFixture: netFixture.id, participantLamarka: participantLamarka.id, gatheringFixture: gatheringFixture.id, participantToRemove: participantToRemove.id, criterion: criterion.id, freeSchool: freeSchool.id, lamarka: lamarka.id,
    recDraft: recDraft.id, evaluationAccepted: evaluationAccepted.id, planWithheld: seedPlan.id, consensusCase: consensusCase.id, consensusProposal: consensusCase.proposals[0]!.id, needsYear: String(needsYear), areaRegion: areaRegion.id, needsLine: needsReport.lines[0]!.id,
    areaOld: areaOld.id, network: network.id, coFinancing: coFinancing.id, coFinancingToWithdraw: coFinancingToWithdraw.id,
    county: nordland.id, region: vesteralen.id, regionOther: other.id, regions: (await db.region.findMany({ where: { countyId: nordland.id } })).map((r) => r.id).join(","),
    forum: forum.id, meeting: meeting.id, meetingPast: pastMeeting.id, case2: meeting.cases[1]!.id, case3: meeting.cases[2]!.id, case3proposal: meeting.cases[2]!.proposals[0]!.id,
    samCase: samMeeting.cases[0]!.id, samProposal: samMeeting.cases[0]!.proposals[0]!.id, round: round.id,
    grant: grant.id, allocation: allocation.id, allocationVersion: String(allocation.version), period: periods[1]!.id, periodOld: periods[0]!.id, periodNext: periods[1]!.id, key: key.id,
    ownerSortland: sortland.id, group: group.id, groupVersion: String(group.version), forumVersion: String(forum.version), groupMember: group.members[0]!.id, forumMemberPlain: plainMember.id, forumMemberToRemove: toRemove.id,
    committee: committee.id, committeeMember: committee.members[0]?.id ?? "",
    userNina: nina.id, assignmentNina: nina.roles[0]!.id, userMona: mona.id,
    evaluation: evaluation.id, evaluationSubmitted: submitted.id, attachment: attachment.id, invitation: invitation.id, batch: batch.id,
  });
}
