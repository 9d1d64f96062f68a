import { z } from "zod";
import { osloTime } from "@/domain/meetings";
import { meetings } from "@/lib/messages/meetings";
import { id, optional, schemeId, text, version } from "../form-fields";
import { msg } from "@/i18n/server-text";

export const openRoundSchema = z.object({
  caseId: id,
  version,
  minutes: z.coerce.number({ error: () => msg("voting.zod.minutes") }).int({ error: () => msg("voting.zod.minutes") }).min(1, { error: () => msg("voting.zod.minutesMin") }).max(7 * 24 * 60, { error: () => msg("voting.zod.minutesMax") }),
  consensusFailedNote: optional(text(5, 1000, () => msg("voting.what.consensusNote"))),
});

/** "avstar" is an explicit abstention. */
export const ballotSchema = z.object({ roundId: id, choice: z.union([id, z.literal("avstar")], { error: () => msg("voting.zod.choice") }) });

export const closeRoundSchema = z.object({ roundId: id });

export const committeeDecisionSchema = z.object({ caseId: id, version, proposalId: id });

export const finalSaySchema = z.object({ caseId: id, version, proposalId: id, reason: text(10, 2000, () => msg("voting.what.reason")) });

/** A new case on a meeting's agenda. Proposals are written one per line. */
export const createCaseSchema = z.object({
  meetingId: id,
  /** The scheme the case belongs to: one the meeting's forum serves. */
  schemeId,
  number: text(1, 20, () => msg("voting.what.number")),
  title: text(3, 200, () => msg("voting.what.title")),
  description: text(5, 4000, () => msg("voting.what.description")),
  kind: z.enum(["ORDINAR", "PRINSIPIELL", "OKONOMISK"], { error: () => msg("voting.zod.kind") }),
  proposals: z
    .string({ error: () => msg("voting.zod.proposals") })
    .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(500, { error: () => msg("voting.zod.proposalMax") })).min(2, { error: () => msg("voting.zod.proposalsMin") }).max(10, { error: () => msg("voting.zod.proposalsMax") })),
});

const meetingFields = {
  title: text(3, 200, () => msg("voting.what.meetingTitle")),
  date: z.string({ error: () => msg("voting.zod.date") }).trim(),
  time: z.string({ error: () => msg("voting.zod.time") }).trim(),
  place: z.preprocess((v) => (v === null || v === undefined ? "" : v), z.string().trim().max(200, { error: () => msg("voting.zod.placeMax") })),
  videoLink: optional(z.string().trim().max(500, { error: () => msg("voting.zod.linkMax") }).regex(/^https:\/\/[^\s<>"]+$/, { error: () => meetings.videoLink })),
};
/** Date and time are the Oslo wall clock; a date or time that does not exist is refused at the date field. */
const withStart = <T extends { date: string; time: string }>(v: T, ctx: z.RefinementCtx) => {
  const startsAt = osloTime(v.date, v.time);
  if (!startsAt) {
    ctx.addIssue({ code: "custom", path: ["date"], message: meetings.dateInvalid });
    return z.NEVER;
  }
  return { ...v, startsAt };
};

export const createMeetingSchema = z.object({ forumId: id, ...meetingFields }).transform(withStart);
export const updateMeetingSchema = z.object({ meetingId: id, version, ...meetingFields }).transform(withStart);
export const publishAgendaSchema = z.object({ meetingId: id, version });
export const moveCaseSchema = z.object({ caseId: id, version, direction: z.enum(["up", "down"], { error: () => msg("voting.zod.direction") }) });
export const attendanceSchema = z.object({
  meetingId: id,
  version,
  present: z.array(id, { error: () => msg("voting.zod.list") }).max(200, { error: () => msg("voting.zod.listMax") }).default([]),
});
export const approveMinutesSchema = z.object({ meetingId: id, minutesOfId: id });
