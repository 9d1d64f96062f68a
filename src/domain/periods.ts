// Strategy periods (domain.md §4): a county's strategiperiode covers whole budget years, and two periods of
// one county never cover the same year, so every year belongs to at most one period (its key, its goals).

export type YearSpan = { startYear: number; endYear: number };

/** The longest period the portal accepts; strategies run for four years or so, never for decades. */
export const MAX_PERIOD_YEARS = 10;

export type PeriodProblem =
  | { code: "end-before-start" }
  | { code: "too-long"; max: number }
  | { code: "overlap"; name: string; startYear: number; endYear: number };

/** Why a period with these years cannot be stored beside the county's other periods, or null. */
export function periodProblem(span: YearSpan, others: readonly (YearSpan & { name: string })[]): PeriodProblem | null {
  if (span.endYear < span.startYear) return { code: "end-before-start" };
  if (span.endYear - span.startYear + 1 > MAX_PERIOD_YEARS) return { code: "too-long", max: MAX_PERIOD_YEARS };
  const clash = others.find((o) => o.startYear <= span.endYear && span.startYear <= o.endYear);
  return clash ? { code: "overlap", name: clash.name, startYear: clash.startYear, endYear: clash.endYear } : null;
}

/** The years right after the last period, as long as it: where "start the next period" begins. */
export function nextSpan(last: YearSpan): YearSpan {
  const length = last.endYear - last.startYear + 1;
  return { startYear: last.endYear + 1, endYear: last.endYear + length };
}

/** The period's name with its years moved: "Strategi … 2020–2023" → "Strategi … 2024–2027". */
export function renameForYears(name: string, from: YearSpan, to: YearSpan): string {
  const moved = name.replace(`${from.startYear}–${from.endYear}`, `${to.startYear}–${to.endYear}`).replace(`${from.startYear}-${from.endYear}`, `${to.startYear}–${to.endYear}`);
  return moved === name ? `${name} (${to.startYear}–${to.endYear})` : moved;
}

/** Whether a period covers a budget year. */
export const covers = (p: YearSpan, year: number) => p.startYear <= year && year <= p.endYear;

/** The period a page is about by default: the one covering this year, else the latest (first in `byStartDesc`). */
export function currentOrLatest<P extends YearSpan>(byStartDesc: readonly P[], year: number): P | undefined {
  return byStartDesc.find((p) => covers(p, year)) ?? byStartDesc[0];
}

/** Regions can still change in a period that is open and not over; earlier periods are history. */
export const regionsMayChangeIn = (period: { endYear: number; closed: boolean }, currentYear: number) => !period.closed && period.endYear >= currentYear;

export type OwnerMoveProblem = "period-closed" | "period-over" | "same-region";

/**
 * Moving a school owner to another region from a strategy period on: only for a period that is open and
 * not over (the regions of past periods are history), and to another region than the one it is in then.
 */
export function ownerMoveProblem(period: { endYear: number; closed: boolean }, currentYear: number, sameRegion: boolean): OwnerMoveProblem | null {
  if (!regionsMayChangeIn(period, currentYear)) return period.closed ? "period-closed" : "period-over";
  if (sameRegion) return "same-region";
  return null;
}

/** Whether a move from this period on changes the owner's region now (the period has begun). */
export const moveTakesEffectNow = (period: { startYear: number }, currentYear: number) => period.startYear <= currentYear;
