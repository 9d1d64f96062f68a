import "server-only";
import { can, grantedIds, type Actor } from "@/domain/authorization";
import { mayPlanMeetings, quorumOf } from "@/domain/meetings";
import { forumRules, isChair, voteUnitOf } from "@/domain/voting";
import { dateIn, startOfYear } from "@/domain/deadline";
import { db } from "../db";
import { followsForum, forumScope } from "./context";
import { countRound } from "./service";

const meetingInclude = {
  attendance: { select: { forumMemberId: true } },
  minutesApprovedIn: { select: { id: true, title: true, startsAt: true } },
  forum: { include: { region: { include: { county: { select: { slug: true } } } }, county: { select: { slug: true } }, members: { orderBy: [{ kind: "asc" as const }, { organisation: "asc" as const }] }, committees: { include: { members: { include: { forumMember: true } } } }, schemes: { select: { scheme: { select: { id: true, code: true, position: true } } } } } },
  cases: {
    orderBy: { position: "asc" as const },
    include: {
      scheme: { select: { code: true } },
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

/** Whether the actor plans this body's meetings (chair, working committee, or who sets the forum up). */
function plansMeetings(actor: Actor, forum: Parameters<typeof forumScope>[0] & { members: { userId: string | null; position: "LEDER" | "NESTLEDER" | "MEDLEM" }[]; committees: { members: { forumMember: { userId: string | null } | null }[] }[] }) {
  return mayPlanMeetings({
    isChair: isChair(forum.members.find((m) => m.userId === actor.id) ?? null),
    inCommittee: forum.committees.some((k) => k.members.some((m) => m.forumMember?.userId === actor.id)),
    managesForum: can(actor, "forum.manage", forumScope(forum)),
  });
}

/**
 * The time span a meetings list shows: one calendar year (`year`), or by default the last year, this year
 * and everything planned after it, so the list stays short however many years of meetings there are.
 */
export function meetingSpan(thisYear: number, year?: number): { gte: Date; lt?: Date } {
  return year ? { gte: startOfYear(year), lt: startOfYear(year + 1) } : { gte: startOfYear(thisYear - 1) };
}

/** The calendar years (Oslo) between the first and the last meeting of these forums, newest first. */
async function meetingYears(where: { forumId: { in: string[] }; agendaPublishedAt?: { not: null } }): Promise<number[]> {
  const span = await db().meeting.aggregate({ where, _min: { startsAt: true }, _max: { startsAt: true } });
  if (!span._min.startsAt || !span._max.startsAt) return [];
  const years: number[] = [];
  for (let y = dateIn(span._max.startsAt).year; y >= dateIn(span._min.startsAt).year; y--) years.push(y);
  return years;
}

/** The meetings of the forums the user sits in or may read (in `span`), and whether she may plan new ones. */
export async function listMeetings(actor: Actor, span: { gte: Date; lt?: Date }) {
  // A superset of the forums the user follows, found in the database; followsForum decides.
  const { countyIds, regionIds } = grantedIds(actor);
  const forums = await db().forum.findMany({
    where: { OR: [{ members: { some: { userId: actor.id } } }, { countyId: { in: countyIds } }, { regionId: { in: regionIds } }, { region: { countyId: { in: countyIds } } }] },
    orderBy: { name: "asc" },
    include: {
      region: true,
      members: { where: { userId: { not: null } }, select: { userId: true, position: true } },
      committees: { include: { members: { include: { forumMember: { select: { userId: true } } } } } },
      meetings: { where: { startsAt: span }, orderBy: { startsAt: "desc" } },
    },
  });
  const followed = forums.filter((f) => followsForum(actor, f)).map((f) => ({ ...f, canPlan: plansMeetings(actor, f) }));
  return { forums: followed, years: await meetingYears({ forumId: { in: followed.map((f) => f.id) } }) };
}

/** The public list of a county's bodies (its Samarbeidsforum and each region's Oppvekstforum) with their published meetings. */
export async function listPublicMeetings(countySlug: string, span: { gte: Date; lt?: Date }) {
  const county = await db().county.findUnique({ where: { slug: countySlug }, select: { id: true, name: true } });
  if (!county) return null;
  const forums = await db().forum.findMany({
    where: { OR: [{ countyId: county.id }, { region: { countyId: county.id } }] },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
    include: {
      region: { select: { name: true, slug: true } },
      meetings: { where: { agendaPublishedAt: { not: null }, startsAt: span }, orderBy: { startsAt: "desc" }, select: { id: true, title: true, startsAt: true, place: true, videoLink: true, minutesApprovedAt: true, _count: { select: { cases: true } } } },
    },
  });
  return { county, forums, years: await meetingYears({ forumId: { in: forums.map((f) => f.id) }, agendaPublishedAt: { not: null } }) };
}

/** One published meeting for the public: time, place, agenda, attendance with quorum, and the minutes' status. */
export async function getPublicMeeting(countySlug: string, meetingId: string) {
  const meeting = await loadMeeting(meetingId);
  const countyOf = meeting?.forum.county?.slug ?? meeting?.forum.region?.county.slug;
  if (!meeting || !meeting.agendaPublishedAt || countyOf !== countySlug) return null;
  return { meeting, attendance: attendanceOf(meeting) };
}

/** Who attended, and whether the body was quorate by its rule. */
function attendanceOf(meeting: MeetingRow) {
  const rules = forumRules(meeting.forum);
  const present = meeting.forum.members.filter((m) => meeting.attendance.some((a) => a.forumMemberId === m.id));
  return { recorded: meeting.attendance.length > 0, present, quorum: quorumOf(meeting.forum.quorum, present.map((m) => voteUnitOf(m, rules))) };
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
    canPlan: plansMeetings(actor, forum),
    attendance: attendanceOf(meeting),
    /** Earlier meetings of the body, already held, whose minutes wait for approval. */
    minutesToApprove: await db().meeting.findMany({
      where: { forumId: forum.id, startsAt: { lt: meeting.startsAt, lte: new Date() }, minutesApprovedAt: null },
      orderBy: { startsAt: "desc" }, select: { id: true, title: true },
    }),
  };
}

/** The minutes: public, from the recorded decisions and closed rounds only. */
export async function getMinutes(meetingId: string) {
  const meeting = await loadMeeting(meetingId);
  // A meeting whose agenda is not yet published is not public, and neither are its minutes.
  if (!meeting || !meeting.agendaPublishedAt) return null;
  const cases = describeCases(meeting).map((c) => ({ ...c, rounds: c.rounds.filter((r) => r.status === "CLOSED") }));
  return { meeting, cases, attendance: attendanceOf(meeting) };
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
