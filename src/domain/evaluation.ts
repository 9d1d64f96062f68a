// The yearly evaluation's states, its dashboard status and its reminders (domain.md §6). Pure.
import { daysLeft, hourIn } from "./deadline";

export type EvaluationStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

/** Field length limit: a long report, but not a pasted book. */
export const MAX_FIELD_CHARS = 20_000;

/** A submitted report is read-only until it is returned. */
export const isEditable = (status: EvaluationStatus) => status === "DRAFT" || status === "RETURNED";

export type DashboardStatus = "NOT_STARTED" | "DRAFT" | "SUBMITTED_ON_TIME" | "SUBMITTED_LATE" | "RETURNED" | "ACCEPTED" | "MISSING";

export function dashboardStatus(report: { status: EvaluationStatus; submittedLate: boolean } | null, now: Date, effectiveDeadline: Date): DashboardStatus {
  if (report?.status === "ACCEPTED") return "ACCEPTED";
  if (report?.status === "SUBMITTED") return report.submittedLate ? "SUBMITTED_LATE" : "SUBMITTED_ON_TIME";
  if (now > effectiveDeadline) return "MISSING";
  if (!report) return "NOT_STARTED";
  return report.status === "RETURNED" ? "RETURNED" : "DRAFT";
}

/** States in which the region still owes the report, so the days left to the deadline matter. */
export const awaitsReport = (s: DashboardStatus) => s === "NOT_STARTED" || s === "DRAFT" || s === "RETURNED";

/** Days before the deadline when the region's skoleutvikler is reminded: the default of a county's setting. */
export const REMINDER_DAYS = [30, 7, 1] as const;

export type ReminderItem = { regionId: string; year: number; deadline: Date; submitted: boolean };
export type Reminder = { key: string; regionId: string; year: number; kind: "BEFORE"; daysBefore: number } | { key: string; year: number; kind: "MISSED"; regionIds: string[] };

/**
 * The reminders due now. A reminder that was missed while the job was down is still sent, but only the
 * latest one due (7 days left sends the 7-day reminder, not the 30-day one too). Keys make each one once.
 * The missed-deadline notice to Statsforvalteren goes from 07:00 Oslo time the morning after.
 */
export function remindersDue(now: Date, countyId: string, items: readonly ReminderItem[], days: readonly number[] = REMINDER_DAYS): Reminder[] {
  const out: Reminder[] = [];
  const missedByYear = new Map<number, string[]>();
  for (const item of items) {
    if (item.submitted) continue;
    const left = daysLeft(now, item.deadline);
    if (left >= 0) {
      const due = [...days].sort((a, b) => a - b).find((d) => left <= d);
      if (due !== undefined) out.push({ key: `frist:${item.regionId}:${item.year}:${due}`, regionId: item.regionId, year: item.year, kind: "BEFORE", daysBefore: due });
    } else if (hourIn(now) >= 7 || left < -1) {
      missedByYear.set(item.year, [...(missedByYear.get(item.year) ?? []), item.regionId]);
    }
  }
  for (const [year, regionIds] of missedByYear) out.push({ key: `mangler:${countyId}:${year}`, year, kind: "MISSED", regionIds });
  return out;
}

