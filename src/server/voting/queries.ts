import "server-only";
import { can, type Actor } from "@/domain/authorization";
import { forumRules, isChair, voteUnitOf } from "@/domain/voting";
import { db } from "../db";
import { followsForum, forumScope } from "./context";
import { countRound } from "./service";

const meetingInclude = {
  forum: { include: { region: true, members: { orderBy: [{ kind: "asc" as const }, { organisation: "asc" as const }] }, committees: { include: { members: { include: { forumMember: true } } } } } },
  cases: {
    orderBy: { position: "asc" as const },
    include: {
      proposals: { orderBy: { position: "asc" as const } },
      rounds: { orderBy: { opensAt: "asc" as const }, include: { ballots: { include: { member: { select: { name: true } } } } } },
      decision: { include: { recordedBy: { select: { name: true } } } },
      attachments: { select: { id: true, filename: true, size: true }, orderBy: { createdAt: "asc" as const } },
    },
  },
};

async function loadMeeting(meetingId: string) {
  return db().meeting.findUnique({ where: { id: meetingId }, include: meetingInclude });
}
type MeetingRow = NonNullable<Awaited<ReturnType<typeof loadMeeting>>>;

/** Each case with its rounds counted; `showChoices` hides who voted what while a round is open. */
function describeCases(meeting: MeetingRow) {
  return meeting.cases.map((c) => ({
    ...c,
    rounds: c.rounds.map((r) => ({ ...r, result: countRound(r), voters: r.frozenVoters as { unit: string; label: string }[], alternatives: r.frozenAlternatives as { proposalId: string; text: string }[] })),
  }));
}

/** The meetings of the forums the user sits in or may read. */
export async function listMeetings(actor: Actor) {
  const forums = await db().forum.findMany({ include: { region: true, members: { select: { userId: true } }, meetings: { orderBy: { startsAt: "desc" } } } });
  return forums.filter((f) => followsForum(actor, f));
}

/** A meeting as the signed-in user sees it: their seat, their vote unit, and what they may do. */
export async function getMeetingForUser(actor: Actor, meetingId: string) {
  const meeting = await loadMeeting(meetingId);
  if (!meeting) return null;
  const forum = meeting.forum;
  const seat = forum.members.find((m) => m.userId === actor.id) ?? null;
  if (!followsForum(actor, forum)) return null;
  const rules = forumRules(forum);
  return {
    meeting,
    cases: describeCases(meeting),
    seat,
    unit: seat ? voteUnitOf(seat, rules) : null,
    rules,
    isChair: isChair(seat),
    inCommittee: forum.committees.some((k) => k.members.some((m) => m.forumMember?.userId === actor.id)),
    canFinalSay: rules.governorHasFinalSay && can(actor, "county.manage", forumScope(forum)),
  };
}

/** The minutes: public, from the recorded decisions and closed rounds only. */
export async function getMinutes(meetingId: string) {
  const meeting = await loadMeeting(meetingId);
  if (!meeting) return null;
  const cases = describeCases(meeting).map((c) => ({ ...c, rounds: c.rounds.filter((r) => r.status === "CLOSED") }));
  return { meeting, cases };
}

/** Whether the user sits in or may read the forum. */
export async function canFollowForum(actor: Actor, forumId: string) {
  const forum = await db().forum.findUnique({ where: { id: forumId }, include: { members: { select: { userId: true } }, region: true } });
  return !!forum && followsForum(actor, forum);
}

/** Whether the user may follow a round live (used by the event stream). */
export async function canFollowRound(actor: Actor, roundId: string) {
  const round = await db().voteRound.findUnique({ where: { id: roundId }, include: { case: { include: { meeting: true } } } });
  return !!round && canFollowForum(actor, round.case.meeting.forumId);
}

/** A case document: public once the case is decided (like the minutes); before that for those who follow the forum. */
export async function getCaseAttachment(actor: Actor | null, attachmentId: string) {
  const a = await db().caseAttachment.findUnique({ where: { id: attachmentId }, include: { case: { include: { meeting: true } } } });
  if (!a) return null;
  if (a.case.status === "DECIDED" || (actor && (await canFollowForum(actor, a.case.meeting.forumId)))) return a;
  return null;
}
