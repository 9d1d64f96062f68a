// Text of the archive page and of what the archive answered, in the language of the request (the catalogue's
// "archive" keys; a delivery's last answer is written by the delivery job, so it is stored in bokmål). The
// settings, retry and package forms read "archiveForms" in the browser.
import type { ArchiveUrlProblem } from "@/domain/archive";
import { lazyText, msg } from "@/i18n/server-text";

const URL_PROBLEM = { "not-a-url": "notUrl", "not-https": "notHttps", "has-credentials": "credentials" } as const;

export const archiveText = {
  get title() { return msg("archive.title"); },
  get link() { return msg("archive.link"); },
  heading: (county: string) => msg("archive.heading", { county }),
  get intro() { return msg("archive.intro"); },
  get settingsHeading() { return msg("archive.settingsHeading"); },
  saved: (configured: boolean) => (configured ? msg("archive.saved") : msg("archive.removed")),
  urlProblem: (p: ArchiveUrlProblem) => msg(`archive.urlProblem.${URL_PROBLEM[p]}`),
  get stale() { return msg("archive.stale"); },
  get copiesHeading() { return msg("archive.copiesHeading"); },
  get caption() { return msg("archive.caption"); },
  get none() { return msg("archive.none"); },
  col: lazyText(["document", "scheme", "decided", "status", "file"] as const, (k) => msg(`archive.col.${k}`)),
  status: lazyText(["PENDING", "DELIVERED", "FAILED"] as const, (k) => msg(`archive.status.${k}`)) as Record<string, string>,
  get notMade() { return msg("archive.notMade"); },
  get minutesUnderAll() { return msg("archive.minutesUnderAll"); },
  get everyScheme() { return msg("archive.everyScheme"); },
  notMadeKind: lazyText(["ALLOCATION", "MINUTES", "EVALUATION", "RECOMMENDATION"] as const, (k) => msg(`archive.notMadeKind.${k}`)) as Record<string, string>,
  get sourceGone() { return msg("archive.sourceGone"); },
  pendingDetail: (attempts: number, next: string) => (attempts === 0 ? msg("archive.pendingFirst", { next }) : msg("archive.pendingAgain", { attempts, next })),
  get noArchive() { return msg("archive.noArchive"); },
  byPackage: (at: string) => msg("archive.byPackage", { at }),
  fileSize: (kb: number) => msg("archive.fileSize", { kb: String(kb) }),
  onlyNewest: (n: number) => msg("archive.onlyNewest", { n }),
  delivered: (at: string) => msg("archive.delivered", { at }),
  failedDetail: (attempts: number) => msg("archive.failedDetail", { attempts }),
  lastError: (error: string) => msg("archive.lastError", { error }),
  get retried() { return msg("archive.retried"); },
  get notFailed() { return msg("archive.notFailed"); },
  get download() { return msg("archive.download"); },
  get packageHeading() { return msg("archive.packageHeading"); },
  packageIntro: (n: number) => (n === 0 ? msg("archive.packageNone") : msg("archive.packageIntro", { n })),
  marked: (n: number) => msg("archive.marked", { n }),
  get nothingToMark() { return msg("archive.nothingToMark"); },
  summary: (c: { PENDING: number; DELIVERED: number; FAILED: number }) => msg("archive.summary", { delivered: c.DELIVERED, pending: c.PENDING, failed: c.FAILED }),
  archiveAnswered: (status: number) => msg("archive.answered", { status: String(status) }),
  archiveUnreachable: (reason: string) => msg("archive.unreachable", { reason }),
  archiveNoLink: (rel: string) => msg("archive.noLink", { rel }),
  noAnswer: (seconds: number) => msg("archive.noAnswer", { seconds: String(seconds) }),
};
