// The budget years the portal knows, for form fields and page addresses alike. A year outside them in an
// address is "not found", never a database error (a year beyond PostgreSQL's int4 used to give HTTP 500).
export const FIRST_BUDGET_YEAR = 2000;
export const LAST_BUDGET_YEAR = 2100;

/** A budget year from a URL segment: four digits in the range; anything else is null. */
export function budgetYear(segment: string): number | null {
  if (!/^\d{4}$/.test(segment)) return null;
  const year = Number(segment);
  return year >= FIRST_BUDGET_YEAR && year <= LAST_BUDGET_YEAR ? year : null;
}
