// The schemes (ordninger) of FOR-2021-01-26-230: DEKOM, REKOM and Kompetanseløftet share one set of rules, so a
// scheme is data (a Scheme row) and the rules here only keep them apart: which scheme a page shows, that a case
// belongs to a scheme its forum serves, and that money is only ever added up within one scheme.
// Pure: codes and values, no sentences (the catalogue in src/lib/messages/schemes.ts words them).

export type SchemeRef = { id: string; code: string; position: number };

export type SchemeProblem =
  | { code: "unknown-scheme"; value: string }
  | { code: "scheme-not-run"; scheme: string }
  | { code: "no-scheme" }
  | { code: "scheme-not-served"; scheme: string }
  | { code: "scheme-in-use"; scheme: string; rows: number };

type Pick = { ok: true; scheme: SchemeRef } | { ok: false; problem: SchemeProblem };

const byPosition = (a: SchemeRef, b: SchemeRef) => a.position - b.position;

/**
 * The scheme a page shows, from its `ordning` parameter: the named one if the county runs it, the county's first
 * when none is named. An unknown or not-run scheme is a problem (the page says so) rather than a silent default.
 */
export function pickScheme(param: string | string[] | undefined, run: SchemeRef[]): Pick {
  const sorted = [...run].sort(byPosition);
  const value = Array.isArray(param) ? param[0] : param;
  if (value === undefined || value === "") return sorted[0] ? { ok: true, scheme: sorted[0] } : { ok: false, problem: { code: "no-scheme" } };
  const code = value.trim().toLowerCase();
  if (!/^[a-z0-9-]{1,40}$/.test(code)) return { ok: false, problem: { code: "unknown-scheme", value: value.slice(0, 40) } };
  const found = sorted.find((s) => s.code === code);
  return found ? { ok: true, scheme: found } : { ok: false, problem: { code: "unknown-scheme", value: code } };
}

/** A filter over all of the county's schemes (null) or one of them. */
export function pickFilter(param: string | string[] | undefined, run: SchemeRef[]): { ok: true; scheme: SchemeRef | null } | { ok: false; problem: SchemeProblem } {
  const value = Array.isArray(param) ? param[0] : param;
  if (value === undefined || value === "" || value === "alle") return { ok: true, scheme: null };
  return pickScheme(value, run);
}

/** A scheme chosen for a new grant, key or case must be one the county (or the forum) runs. */
export function checkSchemeRun(schemeId: string | null | undefined, run: SchemeRef[], all: SchemeRef[], servedBy: "county" | "forum"): SchemeProblem | null {
  if (!schemeId) return { code: "no-scheme" };
  if (run.some((s) => s.id === schemeId)) return null;
  const known = all.find((s) => s.id === schemeId);
  if (!known) return { code: "unknown-scheme", value: schemeId.slice(0, 40) };
  return servedBy === "county" ? { code: "scheme-not-run", scheme: known.code } : { code: "scheme-not-served", scheme: known.code };
}

/**
 * The schemes a county (or forum) is to run after a change: at least one, and none taken away while it still has
 * rows (grants, keys, cases…) that belong to it. `inUse` counts the rows of each scheme.
 */
export function checkSchemeSelection(selected: string[], known: SchemeRef[], inUse: Map<string, number>): SchemeProblem | null {
  const unknown = selected.find((id) => !known.some((s) => s.id === id));
  if (unknown !== undefined) return { code: "unknown-scheme", value: unknown.slice(0, 40) };
  if (selected.length === 0) return { code: "no-scheme" };
  for (const [schemeId, rows] of inUse) {
    const scheme = known.find((s) => s.id === schemeId);
    if (rows > 0 && scheme && !selected.includes(schemeId)) return { code: "scheme-in-use", scheme: scheme.code, rows };
  }
  return null;
}

/** Adds amounts up per scheme; there is no total across schemes (different money, different rules of use). */
export function totalsByScheme<T extends { schemeId: string }>(rows: T[], amount: (row: T) => bigint): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const row of rows) totals.set(row.schemeId, (totals.get(row.schemeId) ?? 0n) + amount(row));
  return totals;
}

/** Rows grouped by scheme in the schemes' order; schemes without rows are left out. */
export function groupByScheme<T extends { schemeId: string }>(rows: T[], schemes: SchemeRef[]): { scheme: SchemeRef; rows: T[] }[] {
  return [...schemes].sort(byPosition).map((scheme) => ({ scheme, rows: rows.filter((r) => r.schemeId === scheme.id) })).filter((g) => g.rows.length > 0);
}
