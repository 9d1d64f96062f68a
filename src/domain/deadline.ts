// The yearly evaluation deadline (domain.md §6; seed 000: "innen 1. februar hvert år"): the report on
// budget year Y is due at the end of the county's deadline day in Y+1, Europe/Oslo time. Judged by the
// server's clock, passed in, so tests can set it and production cannot.

export const OSLO = "Europe/Oslo";

/**
 * One Intl.DateTimeFormat per time zone and kind, made on first use: constructing one costs far more than
 * formatting with it (about 10 ms per dashboard request at national scale before they were kept).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "parts" | "time" | "date" | "hour", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = kind === "parts"
      ? new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      : kind === "time"
        ? new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" })
        : kind === "hour"
          ? new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" })
          : new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(key, f);
  }
  return f;
}

/** Minutes east of UTC in a time zone at an instant (e.g. 60 for Oslo in winter, 120 in summer). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = formatter("parts", timeZone).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** A wall-clock time in a time zone (month 1–12) as the UTC instant it denotes. */
export function wallClockToUtc(t: { year: number; month: number; day: number; hour: number; minute: number; second?: number; ms?: number }, timeZone = OSLO): Date {
  const guess = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second ?? 0, t.ms ?? 0));
  // Two passes settle the offset even on a day when it changes.
  let u = guess.getTime() - offsetMinutes(guess, timeZone) * 60_000;
  u = guess.getTime() - offsetMinutes(new Date(u), timeZone) * 60_000;
  return new Date(u);
}

/** The first instant of a calendar year in a time zone (midnight on 1 January), as a UTC Date. */
export function startOfYear(year: number, timeZone = OSLO): Date {
  return wallClockToUtc({ year, month: 1, day: 1, hour: 0, minute: 0 }, timeZone);
}

/** The last instant (23:59:59.999) of a calendar day in a time zone, as a UTC Date. */
export function endOfDay(year: number, month: number, day: number, timeZone = OSLO): Date {
  return wallClockToUtc({ year, month, day, hour: 23, minute: 59, second: 59, ms: 999 }, timeZone);
}

/** The wall-clock hour and minute of an instant in a time zone. */
export function timeIn(at: Date, timeZone = OSLO): { hour: number; minute: number } {
  const [hour, minute] = formatter("time", timeZone).format(at).split(":").map(Number);
  return { hour, minute };
}

/** The wall-clock hour (0–23) of an instant in a time zone. */
export function hourIn(at: Date, timeZone = OSLO): number {
  return Number(formatter("hour", timeZone).format(at));
}

/** The calendar date (year, month, day) of an instant in a time zone. */
export function dateIn(at: Date, timeZone = OSLO): { year: number; month: number; day: number } {
  const [year, month, day] = formatter("date", timeZone).format(at).split("-").map(Number);
  return { year, month, day };
}

export type DeadlineSetting = { month: number; day: number; timeZone?: string };

/** The deadline for the report on a budget year. */
export function reportDeadline(budgetYear: number, setting: DeadlineSetting): Date {
  return endOfDay(budgetYear + 1, setting.month, setting.day, setting.timeZone ?? OSLO);
}

/** An extension Statsforvalteren granted one region: filing is open until the end of that day. */
export type Extension = { until: { year: number; month: number; day: number } };

/** An extension as stored (a DATE column, read as UTC midnight), or none. */
export const toExtension = (x: { until: Date } | null | undefined): Extension | null =>
  x ? { until: { year: x.until.getUTCFullYear(), month: x.until.getUTCMonth() + 1, day: x.until.getUTCDate() } } : null;

export function effectiveDeadline(budgetYear: number, setting: DeadlineSetting, extension: Extension | null): Date {
  const base = reportDeadline(budgetYear, setting);
  if (!extension) return base;
  const extended = endOfDay(extension.until.year, extension.until.month, extension.until.day, setting.timeZone ?? OSLO);
  return extended > base ? extended : base;
}

/** Why a report cannot be submitted now, as a code the page turns into words (catalogue: evaluation.deadline). */
export type SubmissionRefusal = "deadline-passed" | "extension-passed";
export type SubmissionCheck = { ok: true; late: boolean } | { ok: false; code: SubmissionRefusal };

/** Whether a report may be submitted now: until the deadline, or after it only within an extension. */
export function checkSubmission(now: Date, budgetYear: number, setting: DeadlineSetting, extension: Extension | null): SubmissionCheck {
  const base = reportDeadline(budgetYear, setting);
  if (now <= base) return { ok: true, late: false };
  if (now <= effectiveDeadline(budgetYear, setting, extension)) return { ok: true, late: true };
  return { ok: false, code: extension ? "extension-passed" : "deadline-passed" };
}

/** Whole Oslo calendar days from now to the deadline day (0 on the day itself, negative after). */
export function daysLeft(now: Date, deadline: Date, timeZone = OSLO): number {
  const a = dateIn(now, timeZone);
  const b = dateIn(deadline, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** What a report's deadline means for the person looking at it now, as a code for the page's text. */
export type DeadlineNotice = { code: "OVERDUE"; days: number } | { code: "DUE_SOON"; days: number } | null;

/** Soon: within two weeks. */
export const DUE_SOON_DAYS = 14;

/**
 * A report that is still awaited (not delivered) and whose deadline (with any extension) has passed is
 * overdue; one due within two weeks is due soon. Delivered reports have no notice.
 */
export function deadlineNotice(now: Date, deadline: Date, awaited: boolean, timeZone = OSLO): DeadlineNotice {
  if (!awaited) return null;
  if (now > deadline) return { code: "OVERDUE", days: -daysLeft(now, deadline, timeZone) };
  const days = daysLeft(now, deadline, timeZone);
  return days <= DUE_SOON_DAYS ? { code: "DUE_SOON", days } : null;
}
