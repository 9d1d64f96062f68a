// Dates as Norwegians write them. A date field uses the browser's own picker where it has one (the form
// then sends 2026-01-20); where it has none, people type 20.01.2026 or 20.1.2026. Both are read here.

/** A calendar date written as dd.mm.åååå (d.m.åååå, also with / or -) or åååå-mm-dd, as åååå-mm-dd; null if there is no such date. */
export function readDate(input: string): string | null {
  const v = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const nb = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(v);
  const parts = iso ? [iso[1], iso[2], iso[3]] : nb ? [nb[3], nb[2], nb[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
