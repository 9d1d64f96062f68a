// The behovsmelding (domain.md §9): each school owner reports its competence needs for the coming one to three
// years, by a deadline that is a county setting (default 1 February). The round of year Y is due at the end of
// the deadline day in Y, Europe/Oslo, judged by the server's clock; after it, only an extension opens it again.
// Pure: codes and values, no text.
import { endOfDay, OSLO, type DeadlineSetting, type Extension } from "./deadline";

/** A county's needs deadline setting, from its row. */
export const needsSettingOf = (c: { needsDeadlineMonth: number; needsDeadlineDay: number; timeZone: string }): DeadlineSetting =>
  ({ month: c.needsDeadlineMonth, day: c.needsDeadlineDay, timeZone: c.timeZone });

/** A behovsmelding covers the round's year and the two after it. */
export const NEEDS_SPAN = 3;

export function needsDeadline(year: number, setting: DeadlineSetting, extension: Extension | null): Date {
  const base = endOfDay(year, setting.month, setting.day, setting.timeZone ?? OSLO);
  if (!extension) return base;
  const extended = endOfDay(extension.until.year, extension.until.month, extension.until.day, setting.timeZone ?? OSLO);
  return extended > base ? extended : base;
}

/** The round an owner works on now: this year's until its deadline has passed, then next year's. */
export function currentNeedsYear(now: Date, thisYear: number, setting: DeadlineSetting): number {
  return now <= needsDeadline(thisYear, setting, null) ? thisYear : thisYear + 1;
}

export type NeedsProblem =
  | { code: "deadline-passed"; deadline: Date }
  | { code: "already-submitted" }
  | { code: "years-outside"; from: number; to: number }
  | { code: "years-reversed" }
  | { code: "no-lines" };

/** Whether the behovsmelding may be changed or submitted now. */
export function needsOpenProblem(now: Date, status: "DRAFT" | "SUBMITTED", deadline: Date): NeedsProblem | null {
  if (status === "SUBMITTED") return { code: "already-submitted" };
  if (now > deadline) return { code: "deadline-passed", deadline };
  return null;
}

/** A need's years lie within the round's three years, first before last. */
export function needsLineProblem(year: number, fromYear: number, toYear: number): NeedsProblem | null {
  if (fromYear > toYear) return { code: "years-reversed" };
  if (fromYear < year || toYear > year + NEEDS_SPAN - 1) return { code: "years-outside", from: year, to: year + NEEDS_SPAN - 1 };
  return null;
}

export type NeedsRow = { regionId: string; ownerId: string; area: string; staffCount: number; submitted: boolean };

/**
 * The summary the region and the forum read: per region (owners who have submitted, staff in need) and per
 * satsingsområde (staff, and how many owners named it). Only submitted behovsmeldinger count.
 */
export function summarizeNeeds(rows: readonly NeedsRow[]) {
  const byRegion = new Map<string, { owners: Set<string>; staff: number }>();
  const byArea = new Map<string, { owners: Set<string>; staff: number }>();
  for (const r of rows.filter((x) => x.submitted)) {
    const region = byRegion.get(r.regionId) ?? { owners: new Set(), staff: 0 };
    region.owners.add(r.ownerId);
    region.staff += r.staffCount;
    byRegion.set(r.regionId, region);
    const area = byArea.get(r.area) ?? { owners: new Set(), staff: 0 };
    area.owners.add(r.ownerId);
    area.staff += r.staffCount;
    byArea.set(r.area, area);
  }
  const flat = (m: Map<string, { owners: Set<string>; staff: number }>) => [...m].map(([key, v]) => ({ key, owners: v.owners.size, staff: v.staff }));
  return { regions: flat(byRegion), areas: flat(byArea).sort((a, b) => b.staff - a.staff || a.key.localeCompare(b.key, "nb")) };
}
