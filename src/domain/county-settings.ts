// A county's settings (domain.md §9: the 40/60 key and the 1 February deadline are Nordland's; other
// counties set their own). Pure: checks a proposed set of settings and returns problems as codes.

export type CountySettings = {
  networkShareBasisPoints: number;
  reportDeadlineMonth: number;
  reportDeadlineDay: number;
  reminderDays: number[];
  /** The behovsmelding's deadline day, in the year of the round (default 1 February). */
  needsDeadlineMonth?: number;
  needsDeadlineDay?: number;
};

export type SettingsProblem =
  | { field: "networkShare"; code: "out-of-range" }
  | { field: "reportDeadline" | "needsDeadline"; code: "no-such-day"; day: number; month: number }
  | { field: "reminderDays"; code: "out-of-range" | "duplicate" | "empty" | "too-many" };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Problems with the settings, or an empty list. 29 February is refused: it does not come every year. */
export function settingsProblems(s: CountySettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!Number.isInteger(s.networkShareBasisPoints) || s.networkShareBasisPoints < 0 || s.networkShareBasisPoints > 10_000) {
    problems.push({ field: "networkShare", code: "out-of-range" });
  }
  const m = s.reportDeadlineMonth;
  const d = s.reportDeadlineDay;
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]) || (m === 2 && d === 29)) {
    problems.push({ field: "reportDeadline", code: "no-such-day", day: d, month: m });
  }
  if (s.needsDeadlineMonth !== undefined && s.needsDeadlineDay !== undefined) {
    const [nm, nd] = [s.needsDeadlineMonth, s.needsDeadlineDay];
    if (!(nm >= 1 && nm <= 12 && nd >= 1 && nd <= DAYS_IN_MONTH[nm - 1]) || (nm === 2 && nd === 29)) problems.push({ field: "needsDeadline", code: "no-such-day", day: nd, month: nm });
  }
  if (s.reminderDays.length === 0) problems.push({ field: "reminderDays", code: "empty" });
  else if (s.reminderDays.length > 6) problems.push({ field: "reminderDays", code: "too-many" });
  else if (s.reminderDays.some((x) => !Number.isInteger(x) || x < 1 || x > 120)) problems.push({ field: "reminderDays", code: "out-of-range" });
  else if (new Set(s.reminderDays).size !== s.reminderDays.length) problems.push({ field: "reminderDays", code: "duplicate" });
  return problems;
}

/** The reminder days as they are kept: distinct, largest first. */
export const normalizeReminderDays = (days: number[]) => [...new Set(days)].sort((a, b) => b - a);
