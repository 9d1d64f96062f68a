// Meetings of a forum (seed 001 §2.1: Oppvekstforum meets, AUS prepares the cases; the minutes are approved
// at the next meeting). Pure rules: who may plan, when a meeting may be set, the agenda's order, attendance
// and quorum, and which meeting may approve which minutes. Codes and values only; the text is in
// src/lib/messages/meetings.ts.
import { readDate } from "./dates";
import { dateIn, OSLO, timeIn, wallClockToUtc } from "./deadline";

/** Who plans a body's meetings: its chair, its working committee, and whoever sets the forum up. */
export function mayPlanMeetings(who: { isChair: boolean; inCommittee: boolean; managesForum: boolean }): boolean {
  return who.isChair || who.inCommittee || who.managesForum;
}

export type MeetingProblem =
  | { field: "date"; code: "in-the-past" }
  | { field: "date"; code: "too-far-ahead"; years: number }
  | { field: "place"; code: "no-place" };

export const MAX_YEARS_AHEAD = 3;

/** A new or moved meeting: not in the past, not absurdly far ahead, and somewhere (a place or a video link). */
export function meetingProblem(m: { startsAt: Date; place: string; videoLink: string | null }, now: Date): MeetingProblem | null {
  if (m.startsAt.getTime() <= now.getTime()) return { field: "date", code: "in-the-past" };
  if (m.startsAt.getTime() > now.getTime() + MAX_YEARS_AHEAD * 366 * 86_400_000) return { field: "date", code: "too-far-ahead", years: MAX_YEARS_AHEAD };
  if (!m.place.trim() && !m.videoLink) return { field: "place", code: "no-place" };
  return null;
}

/** The agenda may change until the meeting starts; after that it is the record of what was dealt with. */
export function agendaLocked(m: { startsAt: Date }, now: Date): boolean {
  return m.startsAt.getTime() <= now.getTime();
}

/** Attendance may be recorded from an hour before the start (people arrive; the chair opens the list). */
export const ATTENDANCE_OPENS_BEFORE_MS = 60 * 60_000;
export function attendanceOpen(m: { startsAt: Date }, now: Date): boolean {
  return now.getTime() >= m.startsAt.getTime() - ATTENDANCE_OPENS_BEFORE_MS;
}

/** Moves one case a step up or down; null when it cannot move that way (or is not on the agenda). */
export function moveInOrder(ids: readonly string[], id: string, direction: "up" | "down"): string[] | null {
  const i = ids.indexOf(id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= ids.length) return null;
  const next = [...ids];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/**
 * Whether the body was quorate: the distinct vote units among those present against the body's rule.
 * `quorate` is null when the body has no quorum rule.
 */
export function quorumOf(rule: number | null, presentUnits: readonly (string | null)[]): { present: number; required: number | null; quorate: boolean | null } {
  const present = new Set(presentUnits.filter((u): u is string => !!u)).size;
  return { present, required: rule, quorate: rule === null ? null : present >= rule };
}

export type MinutesProblem = "other-body" | "not-earlier" | "already-approved" | "not-held";

/** Minutes are approved at a later meeting of the same body, once, after the meeting was held. */
export function minutesApprovalProblem(
  minutesOf: { forumId: string; startsAt: Date; approved: boolean },
  at: { forumId: string; startsAt: Date },
  now: Date,
): MinutesProblem | null {
  if (minutesOf.forumId !== at.forumId) return "other-body";
  if (minutesOf.startsAt.getTime() >= at.startsAt.getTime()) return "not-earlier";
  if (minutesOf.startsAt.getTime() > now.getTime()) return "not-held";
  if (minutesOf.approved) return "already-approved";
  return null;
}

/** Wall-clock time in Oslo ("2026-12-04", "10:00") as the UTC instant it denotes (summer time included). */
export function osloTime(date: string, time: string): Date | null {
  const iso = readDate(date); // a date that exists, as åååå-mm-dd
  // 10:00, 10.00 or 9.30 (Norwegians write kl. 10.00).
  const t = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!iso || !t) return null;
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return null;
  return wallClockToUtc({ year, month, day, hour, minute }, OSLO);
}

/** The Oslo wall-clock date and time of an instant, for a form's fields. */
export function osloFields(at: Date): { date: string; time: string } {
  const d = dateIn(at, OSLO);
  const t = timeIn(at, OSLO);
  const two = (n: number) => String(n).padStart(2, "0");
  return { date: `${d.year}-${two(d.month)}-${two(d.day)}`, time: `${two(t.hour)}:${two(t.minute)}` };
}
