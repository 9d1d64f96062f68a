// A budget year from a URL segment: digits only, 2000–2200; anything else is "not found", never a database
// error (a year beyond PostgreSQL's int4 used to reach the query and give HTTP 500).
export function budgetYear(segment: string): number | null {
  if (!/^\d{4}$/.test(segment)) return null;
  const year = Number(segment);
  return year >= 2000 && year <= 2200 ? year : null;
}
