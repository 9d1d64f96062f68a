import { z } from "zod";
import { osloTime } from "@/domain/meetings";
import { meetings } from "@/lib/messages/meetings";
import { id, optional, schemeId, text, version } from "../form-fields";

export const openRoundSchema = z.object({
  caseId: id,
  version,
  minutes: z.coerce.number({ error: "Velg hvor lenge avstemningen skal være åpen." }).int().min(1, "Minst 1 minutt.").max(7 * 24 * 60, "Høyst en uke."),
  consensusFailedNote: optional(text(5, 1000, "hva forumet ikke ble enige om")),
});

/** "avstar" is an explicit abstention. */
export const ballotSchema = z.object({ roundId: id, choice: z.union([id, z.literal("avstar")], { error: "Velg et forslag, eller at du avstår." }) });

export const closeRoundSchema = z.object({ roundId: id });

export const committeeDecisionSchema = z.object({ caseId: id, version, proposalId: id });

export const finalSaySchema = z.object({ caseId: id, version, proposalId: id, reason: text(10, 2000, "begrunnelsen for avgjørelsen") });

/** A new case on a meeting's agenda. Proposals are written one per line. */
export const createCaseSchema = z.object({
  meetingId: id,
  /** The scheme the case belongs to: one the meeting's forum serves. */
  schemeId,
  number: text(1, 20, "saksnummeret"),
  title: text(3, 200, "tittelen på saken"),
  description: text(5, 4000, "en beskrivelse av saken"),
  kind: z.enum(["ORDINAR", "PRINSIPIELL", "OKONOMISK"], { error: "Velg hva slags sak det er." }),
  proposals: z
    .string({ error: "Skriv forslagene, ett per linje." })
    .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(500, "Et forslag kan ha høyst 500 tegn.")).min(2, "Skriv minst to forslag, ett per linje.").max(10, "Høyst 10 forslag.")),
});

const meetingFields = {
  title: text(3, 200, "hva møtet heter, for eksempel «Oppvekstforum, møte 1/2027»"),
  date: z.string({ error: "Velg datoen." }).trim(),
  time: z.string({ error: "Skriv klokkeslettet." }).trim(),
  place: z.preprocess((v) => (v === null || v === undefined ? "" : v), z.string().trim().max(200, "Teksten kan ha høyst 200 tegn.")),
  videoLink: optional(z.string().trim().max(500, "Lenken kan ha høyst 500 tegn.").regex(/^https:\/\/[^\s<>"]+$/, meetings.videoLink)),
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
export const moveCaseSchema = z.object({ caseId: id, version, direction: z.enum(["up", "down"], { error: "Ukjent retning." }) });
export const attendanceSchema = z.object({
  meetingId: id,
  version,
  present: z.array(id, { error: "Ugyldig liste." }).max(200, "For mange medlemmer.").default([]),
});
export const approveMinutesSchema = z.object({ meetingId: id, minutesOfId: id });
