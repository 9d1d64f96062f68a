// The evaluation's server-side text, in the language of the request (the catalogue's "evaluation" keys).
import { msg } from "@/i18n/server-text";
import { schemeName } from "./schemes";
import type { SubmissionRefusal } from "@/domain/deadline";

export const startReport = {
  noPeriod: (year: number) => msg("evaluation.start.noPeriod", { year: String(year) }),
  future: (year: number) => msg("evaluation.start.future", { year: String(year) }),
  started: (year: number) => msg("evaluation.start.started", { year: String(year) }),
};

export const submissionRefusal = (code: SubmissionRefusal) =>
  code === "extension-passed" ? msg("evaluation.deadline.extensionPassed") : msg("evaluation.deadline.passed");

/** The forum's yearly conclusion on the evaluations (domain.md: whether the strategy is to be adjusted). */
export const conclusionText = {
  heading: (year: number, scheme?: string) => (scheme ? msg("evaluation.conclusion.headingScheme", { year: String(year), scheme: schemeName(scheme) }) : msg("evaluation.conclusion.heading", { year: String(year) })),
  decision: (adjust: boolean) => (adjust ? msg("evaluation.conclusion.adjust") : msg("evaluation.conclusion.keep")),
  none: (year: number) => msg("evaluation.conclusion.none", { year: String(year) }),
};

/** Who the deadline reminders reach (server/evaluations/reminders.ts). */
export const reminderText = {
  noWriter: (regions: string[]) => msg("evaluation.noWriter", { count: regions.length, regions: regions.join(", ") }),
};

/** The deadline notice at the top of a report and on the start page (codes from domain/deadline.ts). */
export const deadlineNoticeText = {
  OVERDUE: {
    writer: (deadline: string) => msg("evaluation.deadline.overdueWriter", { deadline }),
    reviewer: (deadline: string) => msg("evaluation.deadline.overdueReviewer", { deadline }),
    reader: (deadline: string) => msg("evaluation.deadline.overdueReader", { deadline }),
    get short() { return msg("evaluation.deadline.overdueShort"); },
  },
  DUE_SOON: {
    text: (deadline: string, days: number) => msg("evaluation.deadline.dueSoon", { deadline, days }),
    short: (days: number) => msg("evaluation.deadline.dueSoonShort", { days }),
  },
};
