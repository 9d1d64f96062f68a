// The server's text of meetings (planning, agenda, attendance, approving minutes) and of voting, in the language of
// the request (the catalogue's "voting" keys). Domain rules return codes (domain/meetings.ts, domain/voting.ts).
import { lazyText, msg } from "@/i18n/server-text";
import type { MeetingProblem, MinutesProblem } from "@/domain/meetings";
import type { VotingRefusal } from "@/domain/voting";

const MINUTES = ["other-body", "not-earlier", "not-held", "already-approved"] as const satisfies readonly MinutesProblem[];

export const meetings = {
  get forbidden() { return msg("voting.meetings.forbidden"); },
  problem: (p: MeetingProblem) => (p.code === "too-far-ahead" ? msg("voting.meetings.too-far-ahead", { years: String(p.years) }) : msg(`voting.meetings.${p.code}`)),
  get dateInvalid() { return msg("voting.meetings.dateInvalid"); },
  get videoLink() { return msg("voting.meetings.videoLink"); },
  created: (title: string) => msg("voting.meetings.created", { title }),
  saved: (title: string) => msg("voting.meetings.saved", { title }),
  get stale() { return msg("voting.meetings.stale"); },
  get agendaLocked() { return msg("voting.meetings.agendaLocked"); },
  get emptyAgenda() { return msg("voting.meetings.emptyAgenda"); },
  published: (title: string) => msg("voting.meetings.published", { title }),
  get alreadyPublished() { return msg("voting.meetings.alreadyPublished"); },
  get cannotMove() { return msg("voting.meetings.cannotMove"); },
  moved: (number: string) => msg("voting.meetings.moved", { number }),
  get attendanceNotStarted() { return msg("voting.meetings.attendanceNotStarted"); },
  get attendanceUnknownMember() { return msg("voting.meetings.attendanceUnknownMember"); },
  attendanceSaved: (present: number, total: number) => msg("voting.meetings.attendanceSaved", { present: String(present), total: String(total) }),
  minutes: lazyText(MINUTES, (code) => msg(`voting.meetings.${code}`)) satisfies Record<MinutesProblem, string>,
  minutesApproved: (title: string) => msg("voting.meetings.minutesApproved", { title }),
  quorum: (q: { present: number; required: number | null; quorate: boolean | null }) =>
    q.quorate === null ? msg("voting.page.quorumNone", { present: String(q.present) })
      : msg(q.quorate ? "voting.page.quorate" : "voting.page.notQuorate", { present: String(q.present), required: String(q.required) }),
};

/** A voting rule's refusal (domain/voting.ts) in the reader's language. */
export const votingRefusal = (code: VotingRefusal) => msg(`voting.refusal.${code}`);
