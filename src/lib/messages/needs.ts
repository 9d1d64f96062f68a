// The behovsmelding's server-side text in the language of the request (the catalogue's "needs" keys), and the
// reminder e-mail in the written standard each recipient chose (User.language).
import type { NeedsProblem } from "@/domain/needs";
import { formatDateTime } from "@/lib/format";
import { msg, msgIn } from "@/i18n/server-text";
import type { Locale } from "@/i18n/config";

export function needsProblemText(p: NeedsProblem): string {
  switch (p.code) {
    case "deadline-passed": return msg("needs.problem.deadlinePassed", { deadline: formatDateTime(p.deadline) });
    case "already-submitted": return msg("needs.problem.alreadySubmitted");
    case "years-outside": return msg("needs.problem.yearsOutside", { from: String(p.from), to: String(p.to) });
    case "years-reversed": return msg("needs.problem.yearsReversed");
    case "no-lines": return msg("needs.problem.noLines");
  }
}

export const needsText = {
  get stale() { return msg("needs.server.stale"); },
  get unknownArea() { return msg("needs.server.unknownArea"); },
  get lineSaved() { return msg("needs.server.lineSaved"); },
  get lineRemoved() { return msg("needs.server.lineRemoved"); },
  submitted: (owner: string, year: number) => msg("needs.server.submitted", { owner, year: String(year) }),
  extended: (owner: string, scheme: string, date: string) => msg("needs.server.extended", { owner, scheme, date }),
  get extensionBeforeDeadline() { return msg("needs.server.extensionBeforeDeadline"); },
};

/** The behovsmelding reminder in the recipient's written standard. */
export const needsReminderText = (locale: Locale, owner: string, scheme: string, year: number, deadline: string, daysBefore: number, url: string, county: string) => ({
  subject: msgIn(locale)("needs.mail.subject", { year: String(year), owner, scheme, deadline }),
  text: msgIn(locale)("needs.mail.text", { owner, scheme, from: String(year), to: String(year + 2), deadline, days: daysBefore, url, county }),
});
