// The yearly evaluation's states, its dashboard status and its reminders (domain.md §6). Pure.
import { daysLeft, hourIn } from "./deadline";

export type EvaluationStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

/** Field length limit: a long report, but not a pasted book. */
export const MAX_FIELD_CHARS = 20_000;

/** A submitted report is read-only until it is returned. */
export const isEditable = (status: EvaluationStatus) => status === "DRAFT" || status === "RETURNED";

export type DashboardStatus = "NOT_STARTED" | "DRAFT" | "SUBMITTED_ON_TIME" | "SUBMITTED_LATE" | "RETURNED" | "ACCEPTED" | "MISSING" | "NOT_OWED";

/** `owed`: whether the region owes this scheme's report for the year at all (schemesOwed); one not begun and not owed is no one's miss. */
export function dashboardStatus(report: { status: EvaluationStatus; submittedLate: boolean } | null, now: Date, effectiveDeadline: Date, owed = true): DashboardStatus {
  if (!report && !owed) return "NOT_OWED";
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

/** `scheme`: the code of the scheme whose report (or behovsmelding) is owed; each scheme is reminded of on its own. */
export type ReminderItem = { regionId: string; scheme: string; year: number; deadline: Date; submitted: boolean };
export type Reminder = { key: string; regionId: string; scheme: string; year: number; kind: "BEFORE"; daysBefore: number } | { key: string; scheme: string; year: number; kind: "MISSED"; regionIds: string[] };

/** What a region has of a year's money and reports, per scheme (as read from the database). */
export type OwedFacts = {
  allocations: readonly { schemeId: string; status: string; networkOre: bigint; uhOre: bigint; grant: { year: number } }[];
  reports: readonly { schemeId: string; year: number }[];
};

/**
 * The schemes whose report (or behovsmelding) a region (or owner) owes for `year`, of the county's schemes `run` in
 * their order: the first scheme always, as before a county ran more than one; another where the region has money
 * from it that year (an approved allocation above 0 kr) or has begun its report. Used by the reminders and the
 * dashboard, so a report no one owes is neither reminded of nor called missing.
 */
export function schemesOwed<S extends { id: string }>(run: readonly S[], year: number, facts: OwedFacts): S[] {
  const funded = new Set(facts.allocations.filter((a) => a.grant.year === year && a.status === "APPROVED" && a.networkOre + a.uhOre > 0n).map((a) => a.schemeId));
  const begun = new Set(facts.reports.filter((r) => r.year === year).map((r) => r.schemeId));
  return run.filter((s, i) => i === 0 || funded.has(s.id) || begun.has(s.id));
}

/**
 * The reminders due now. A reminder that was missed while the job was down is still sent, but only the
 * latest one due (7 days left sends the 7-day reminder, not the 30-day one too). Keys make each one once.
 * The missed-deadline notice to Statsforvalteren goes from 07:00 Oslo time the morning after.
 */
export function remindersDue(now: Date, countyId: string, items: readonly ReminderItem[], days: readonly number[] = REMINDER_DAYS): Reminder[] {
  const out: Reminder[] = [];
  const missedByYear = new Map<string, string[]>(); // by "scheme:year"
  for (const item of items) {
    if (item.submitted) continue;
    const left = daysLeft(now, item.deadline);
    if (left >= 0) {
      const due = [...days].sort((a, b) => a - b).find((d) => left <= d);
      if (due !== undefined) out.push({ key: `frist:${item.regionId}:${item.scheme}:${item.year}:${due}`, regionId: item.regionId, scheme: item.scheme, year: item.year, kind: "BEFORE", daysBefore: due });
    } else if (hourIn(now) >= 7 || left < -1) {
      const group = `${item.scheme}:${item.year}`;
      missedByYear.set(group, [...(missedByYear.get(group) ?? []), item.regionId]);
    }
  }
  for (const [group, regionIds] of missedByYear) {
    const [scheme, year] = group.split(":");
    out.push({ key: `mangler:${countyId}:${group}`, scheme, year: Number(year), kind: "MISSED", regionIds });
  }
  return out;
}

