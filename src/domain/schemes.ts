// The schemes (ordninger) of FOR-2021-01-26-230: DEKOM, REKOM and Kompetanseløftet share one set of rules, so a
// scheme is data (a Scheme row) and the rules here only keep them apart: which scheme a page shows, that a case
// belongs to a scheme its forum serves, and that a plan or innstilling is adopted by a case of its own scheme. Money is
// only ever added up within one scheme: every query of amounts filters by the page's scheme (src/server/schemes.ts).
// Pure: codes and values, no sentences (the catalogue in src/lib/messages/schemes.ts words them).

export type SchemeRef = { id: string; code: string; position: number };

export type SchemeProblem =
  | { code: "unknown-scheme"; value: string }
  | { code: "scheme-not-run"; scheme: string }
  | { code: "no-scheme" }
  | { code: "scheme-not-served"; scheme: string }
  | { code: "scheme-in-use"; scheme: string; rows: number }
  | { code: "case-other-scheme"; caseScheme: string; documentScheme: string };

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
 * The schemes a county (or forum) is to run after a change: at least one, each of them one of `allowed` (every
 * scheme for a county, the county's for a forum), and none taken away while it still has rows (grants, keys,
 * cases…) that belong to it. `inUse` counts the rows of each scheme.
 */
export function checkSchemeSelection(selected: string[], allowed: SchemeRef[], all: SchemeRef[], inUse: Map<string, number>): SchemeProblem | null {
  for (const id of selected) {
    if (allowed.some((s) => s.id === id)) continue;
    const known = all.find((s) => s.id === id);
    return known ? { code: "scheme-not-run", scheme: known.code } : { code: "unknown-scheme", value: id.slice(0, 40) };
  }
  if (selected.length === 0) return { code: "no-scheme" };
  for (const [schemeId, rows] of inUse) {
    const scheme = all.find((s) => s.id === schemeId);
    if (rows > 0 && scheme && !selected.includes(schemeId)) return { code: "scheme-in-use", scheme: scheme.code, rows };
  }
  return null;
}

/** A plan or an innstilling is adopted by a decided case of its own scheme (a REKOM case does not adopt a DEKOM plan). */
export function checkCaseScheme(caseScheme: SchemeRef, documentScheme: SchemeRef): SchemeProblem | null {
  return caseScheme.id === documentScheme.id ? null : { code: "case-other-scheme", caseScheme: caseScheme.code, documentScheme: documentScheme.code };
}
