// Planning a body's meetings: create and move a meeting, order and publish its agenda, record who attended,
// and approve the minutes of an earlier meeting. The rules are src/domain/meetings.ts; each function checks
// the actor's place in the forum, validates with zod, and writes with its audit entry in one transaction.
// The meeting row's version guards against two planners saving over each other.
import { can, type Actor } from "@/domain/authorization";
import { agendaLocked, attendanceOpen, mayPlanMeetings, meetingProblem, minutesApprovalProblem, moveInOrder, quorumOf } from "@/domain/meetings";
import { forumRules, isChair, voteUnitOf } from "@/domain/voting";
import { errors } from "@/i18n/server-text";
import { meetings as text } from "@/lib/messages/meetings";
import { recordAudit } from "../audit";
import { claimVersion, guarded, refuse, type Tx } from "../transaction";
import { forumScope, seatOf } from "./context";
import { approveMinutesSchema, attendanceSchema, createMeetingSchema, moveCaseSchema, publishAgendaSchema, updateMeetingSchema } from "./schemas";
import { recordArchiveCopy } from "../archive/record";

async function plannedForum(tx: Tx, actor: Actor, forumId: string) {
  const forum = await tx.forum.findUnique({
    where: { id: forumId },
    include: { region: true, members: true, committees: { include: { members: { include: { forumMember: { select: { userId: true } } } } } } },
  });
  if (!forum) throw refuse(errors.notFound);
  const allowed = mayPlanMeetings({
    isChair: isChair(seatOf(actor, forum.members)),
    inCommittee: forum.committees.some((k) => k.members.some((m) => m.forumMember?.userId === actor.id)),
    managesForum: can(actor, "forum.manage", forumScope(forum)),
  });
  if (!allowed) throw refuse(text.forbidden);
  return forum;
}

async function plannedMeeting(tx: Tx, actor: Actor, meetingId: string) {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, include: { cases: { orderBy: { position: "asc" } } } });
  if (!meeting) throw refuse(errors.notFound);
  const forum = await plannedForum(tx, actor, meeting.forumId);
  return { meeting, forum };
}

const fieldRefusal = (p: NonNullable<ReturnType<typeof meetingProblem>>) => refuse(text.problem(p), { [p.field]: [text.problem(p)] });

export const createMeeting = guarded(createMeetingSchema, async (tx, actor, input, now) => {
  const forum = await plannedForum(tx, actor, input.forumId);
  const videoLink = input.videoLink ?? null;
  const problem = meetingProblem({ startsAt: input.startsAt, place: input.place, videoLink }, now);
  if (problem) throw fieldRefusal(problem);
  const meeting = await tx.meeting.create({ data: { forumId: forum.id, title: input.title, startsAt: input.startsAt, place: input.place, videoLink } });
  await recordAudit(tx, { actorId: actor.id, action: "meeting.create", entityType: "Meeting", entityId: meeting.id, after: { forumId: forum.id, title: meeting.title, startsAt: meeting.startsAt, place: meeting.place, videoLink } });
  return { ok: true as const, message: text.created(meeting.title), data: { meetingId: meeting.id } };
});

export const updateMeeting = guarded(updateMeetingSchema, async (tx, actor, input, now) => {
  const { meeting } = await plannedMeeting(tx, actor, input.meetingId);
  if (agendaLocked(meeting, now)) throw refuse(text.agendaLocked);
  const videoLink = input.videoLink ?? null;
  const problem = meetingProblem({ startsAt: input.startsAt, place: input.place, videoLink }, now);
  if (problem) throw fieldRefusal(problem);
  await claimVersion(tx.meeting, meeting.id, input.version, text.stale);
  const after = { title: input.title, startsAt: input.startsAt, place: input.place, videoLink };
  await tx.meeting.update({ where: { id: meeting.id }, data: after });
  await recordAudit(tx, { actorId: actor.id, action: "meeting.update", entityType: "Meeting", entityId: meeting.id,
    before: { title: meeting.title, startsAt: meeting.startsAt, place: meeting.place, videoLink: meeting.videoLink }, after });
  return { ok: true as const, message: text.saved(input.title) };
});

export const publishAgenda = guarded(publishAgendaSchema, async (tx, actor, input, now) => {
  const { meeting } = await plannedMeeting(tx, actor, input.meetingId);
  if (meeting.agendaPublishedAt) throw refuse(text.alreadyPublished);
  if (meeting.cases.length === 0) throw refuse(text.emptyAgenda);
  await claimVersion(tx.meeting, meeting.id, input.version, text.stale);
  await tx.meeting.update({ where: { id: meeting.id }, data: { agendaPublishedAt: now } });
  await recordAudit(tx, { actorId: actor.id, action: "meeting.publish", entityType: "Meeting", entityId: meeting.id,
    after: { agendaPublishedAt: now, agenda: meeting.cases.map((c) => `${c.number} ${c.title}`) } });
  return { ok: true as const, message: text.published(meeting.title) };
});

export const moveCase = guarded(moveCaseSchema, async (tx, actor, input, now) => {
  const c = await tx.case.findUnique({ where: { id: input.caseId }, select: { meetingId: true, number: true } });
  if (!c) throw refuse(errors.notFound);
  const { meeting } = await plannedMeeting(tx, actor, c.meetingId);
  if (agendaLocked(meeting, now)) throw refuse(text.agendaLocked);
  const order = moveInOrder(meeting.cases.map((x) => x.id), input.caseId, input.direction);
  if (!order) throw refuse(text.cannotMove);
  await claimVersion(tx.meeting, meeting.id, input.version, text.stale);
  for (const [i, id] of order.entries()) await tx.case.update({ where: { id }, data: { position: i + 1 } });
  await recordAudit(tx, { actorId: actor.id, action: "meeting.reorder", entityType: "Meeting", entityId: meeting.id,
    before: { order: meeting.cases.map((x) => x.number) }, after: { order: order.map((id) => meeting.cases.find((x) => x.id === id)!.number) } });
  return { ok: true as const, message: text.moved(c.number) };
});

export const recordAttendance = guarded(attendanceSchema, async (tx, actor, input, now) => {
  const { meeting, forum } = await plannedMeeting(tx, actor, input.meetingId);
  if (!attendanceOpen(meeting, now)) throw refuse(text.attendanceNotStarted);
  const present = [...new Set(input.present)];
  if (present.some((id) => !forum.members.some((m) => m.id === id))) throw refuse(text.attendanceUnknownMember);
  await claimVersion(tx.meeting, meeting.id, input.version, text.stale);
  const before = await tx.meetingAttendance.findMany({ where: { meetingId: meeting.id }, select: { forumMemberId: true } });
  await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id } });
  await tx.meetingAttendance.createMany({ data: present.map((forumMemberId) => ({ meetingId: meeting.id, forumMemberId })) });
  const rules = forumRules(forum);
  const quorum = quorumOf(forum.quorum, forum.members.filter((m) => present.includes(m.id)).map((m) => voteUnitOf(m, rules)));
  await recordAudit(tx, { actorId: actor.id, action: "meeting.attendance", entityType: "Meeting", entityId: meeting.id,
    before: { present: before.map((b) => b.forumMemberId) }, after: { present, quorum } });
  return { ok: true as const, message: `${text.attendanceSaved(present.length, forum.members.length)} ${text.quorum(quorum)}` };
});

export const approveMinutes = guarded(approveMinutesSchema, async (tx, actor, input, now) => {
  const { meeting } = await plannedMeeting(tx, actor, input.meetingId);
  // Lock the earlier meeting's row: two approvals at once approve once.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Meeting" WHERE id = ${input.minutesOfId} FOR UPDATE`;
  if (locked.length === 0) throw refuse(errors.notFound);
  const earlier = await tx.meeting.findUniqueOrThrow({ where: { id: input.minutesOfId } });
  const problem = minutesApprovalProblem({ forumId: earlier.forumId, startsAt: earlier.startsAt, approved: !!earlier.minutesApprovedAt }, meeting, now);
  if (problem) throw refuse(text.minutes[problem]);
  await tx.meeting.update({ where: { id: earlier.id }, data: { minutesApprovedAt: now, minutesApprovedInId: meeting.id, version: { increment: 1 } } });
  await recordAudit(tx, { actorId: actor.id, action: "meeting.minutes.approve", entityType: "Meeting", entityId: earlier.id,
    after: { approvedAt: now, approvedIn: { id: meeting.id, title: meeting.title } } });
  const forum = await tx.forum.findUniqueOrThrow({ where: { id: earlier.forumId }, select: { countyId: true, region: { select: { countyId: true } } } });
  await recordArchiveCopy(tx, { countyId: (forum.countyId ?? forum.region?.countyId)!, kind: "MINUTES", sourceId: earlier.id, decidedAt: now, schemeId: null });
  return { ok: true as const, message: text.minutesApproved(earlier.title) };
});
