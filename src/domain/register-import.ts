// Importing the county's structure from the national registers (../shared/registers.md): schools and their
// owners from Udir's Nasjonalt skoleregister (NSR, JSON), kindergartens and their owners from its Nasjonalt
// barnehageregister (NBR, the same shape), municipalities and county municipalities from
// Brønnøysund's Enhetsregisteret (JSON or CSV). Pure: parse a file's content into rows or rejections
// (codes with values), and compare the rows with what the county has, keyed by organisasjonsnummer.
import { isValidOrgNumber, normalizeOrgNumber } from "./orgnr";

export type OwnerKind = "KOMMUNE" | "FYLKESKOMMUNE" | "PRIVAT";
export type OwnerRow = { orgNumber: string; name: string; kind: OwnerKind; municipalityNumber: string | null };
export type SchoolRow = { orgNumber: string; name: string; owner: OwnerRow; isPrivate: boolean; maalform: string | null; pupils: number | null };
export type KindergartenRow = { orgNumber: string; name: string; owner: OwnerRow; isPrivate: boolean; children: number | null };
export type Rejection = { line: number; orgNumber: string | null; name: string | null; code: RejectionCode };
export type RejectionCode = "bad-orgnr" | "no-name" | "no-owner" | "bad-owner-orgnr" | "not-a-school-owner" | "duplicate";
export type Parsed<R> = { ok: true; rows: R[]; rejected: Rejection[]; skipped: number } | { ok: false; code: "not-json" | "wrong-shape" | "empty" | "not-csv" };

const str = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
const orgOf = (v: unknown) => normalizeOrgNumber(str(v));

function ownerKind(name: string, isPrivate: boolean): OwnerKind {
  if (/fylkeskommune$/i.test(name)) return "FYLKESKOMMUNE";
  if (!isPrivate && /kommune$/i.test(name)) return "KOMMUNE";
  return "PRIVAT";
}

type UnitBase = { orgNumber: string; name: string; owner: OwnerRow; isPrivate: boolean };

/**
 * Udir's registers (NSR, NBR): a list page ({ Enheter: [...] }) or an array of units, each with its owner in
 * `ForeldreRelasjoner` (relation type "1"). `counts` says which units are rows (the rest are skipped), `privateField`
 * which boolean marks a private unit, and `row` adds the register's own fields.
 */
function parseUdir<R>(content: string, counts: (u: Record<string, unknown>) => boolean, privateField: string, row: (u: Record<string, unknown>, base: UnitBase) => R): Parsed<R> {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { ok: false, code: "not-json" };
  }
  const units = Array.isArray(data) ? data : (data as { Enheter?: unknown })?.Enheter;
  if (!Array.isArray(units)) return { ok: false, code: "wrong-shape" };
  if (units.length === 0) return { ok: false, code: "empty" };
  if (!units.every((u) => u && typeof u === "object" && ("Orgnr" in u || "Navn" in u))) return { ok: false, code: "wrong-shape" };
  const rows: R[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  units.forEach((u: Record<string, unknown>, i) => {
    const line = i + 1;
    const name = str(u.Navn);
    if (!counts(u)) {
      skipped++;
      return;
    }
    const orgNumber = orgOf(u.Orgnr);
    if (!orgNumber || !isValidOrgNumber(orgNumber)) return void rejected.push({ line, orgNumber: str(u.Orgnr) || null, name: name || null, code: "bad-orgnr" });
    if (!name) return void rejected.push({ line, orgNumber, name: null, code: "no-name" });
    if (seen.has(orgNumber)) return void rejected.push({ line, orgNumber, name, code: "duplicate" });
    const relation = (Array.isArray(u.ForeldreRelasjoner) ? u.ForeldreRelasjoner : []).find(
      (r: { Relasjonstype?: { Id?: unknown } }) => str(r?.Relasjonstype?.Id) === "1",
    ) as { Enhet?: Record<string, unknown> } | undefined;
    if (!relation?.Enhet) return void rejected.push({ line, orgNumber, name, code: "no-owner" });
    const ownerOrg = orgOf(relation.Enhet.Orgnr);
    if (!ownerOrg || !isValidOrgNumber(ownerOrg)) return void rejected.push({ line, orgNumber, name, code: "bad-owner-orgnr" });
    const isPrivate = u[privateField] === true;
    const ownerName = str(relation.Enhet.Navn) || ownerOrg;
    const kommune = u.Kommune as { Kommunenummer?: unknown } | undefined;
    const kind = ownerKind(ownerName, isPrivate);
    seen.add(orgNumber);
    rows.push(row(u, {
      orgNumber, name, isPrivate,
      // The unit's municipality is its owner's only when the owner is that municipality.
      owner: { orgNumber: ownerOrg, name: ownerName, kind, municipalityNumber: kind === "KOMMUNE" ? str(kommune?.Kommunenummer) || null : null },
    }));
  });
  return { ok: true, rows, rejected, skipped };
}

const count = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);

/** NSR: only active schools (grunnskole or vgs) are rows. */
export function parseNsr(content: string): Parsed<SchoolRow> {
  return parseUdir(content, (u) => u.ErAktiv === true && u.ErSkole === true && (u.ErGrunnskole === true || u.ErVideregaaendeSkole === true), "ErPrivatskole",
    (u, base) => ({ ...base, maalform: str((u.Maalform as { Navn?: unknown } | undefined)?.Navn) || null, pupils: count(u.Elevtall) }));
}

/**
 * NBR (Udir's Nasjonalt barnehageregister, the same API shape as NSR): only active kindergartens are rows. The
 * field names ErBarnehage, ErPrivatBarnehage and AntallBarn follow NSR's pattern; not checked against a real file.
 */
export function parseNbr(content: string): Parsed<KindergartenRow> {
  return parseUdir(content, (u) => u.ErAktiv === true && u.ErBarnehage === true, "ErPrivatBarnehage", (u, base) => ({ ...base, children: count(u.AntallBarn) }));
}

/** Splits one CSV line (separator ; or ,) with quoted fields. */
function csvLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { out.push(cur); cur = ""; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

/** Enhetsregisteret: a JSON array of units (or one unit), or CSV with dotted column names. Municipalities (KOMM) and county municipalities (FYLK) are rows. */
export function parseEnhetsregisteret(content: string): Parsed<OwnerRow> {
  let units: Record<string, unknown>[];
  const trimmed = content.replace(/^\uFEFF/, "").trim();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return { ok: false, code: "not-json" };
    }
    const list = Array.isArray(data) ? data : [data];
    if (!list.every((u) => u && typeof u === "object" && "organisasjonsnummer" in u)) return { ok: false, code: "wrong-shape" };
    units = list as Record<string, unknown>[];
  } else {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length === 0) return { ok: false, code: "empty" };
    const sep = lines[0].includes(";") ? ";" : ",";
    const header = csvLine(lines[0], sep).map((h) => h.trim());
    if (!header.includes("organisasjonsnummer") || !header.includes("navn")) return { ok: false, code: "not-csv" };
    units = lines.slice(1).map((l) => {
      const cells = csvLine(l, sep);
      const unit: Record<string, unknown> = {};
      header.forEach((h, i) => {
        const [a, b] = h.split(".");
        if (b) unit[a] = { ...((unit[a] as object) ?? {}), [b]: cells[i] ?? "" };
        else unit[a] = cells[i] ?? "";
      });
      return unit;
    });
  }
  if (units.length === 0) return { ok: false, code: "empty" };
  const rows: OwnerRow[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  units.forEach((u, i) => {
    const line = i + 1;
    const form = str((u.organisasjonsform as { kode?: unknown } | undefined)?.kode);
    const name = str(u.navn);
    const orgNumber = orgOf(u.organisasjonsnummer);
    if (form !== "KOMM" && form !== "FYLK") {
      skipped++;
      return;
    }
    if (!orgNumber || !isValidOrgNumber(orgNumber)) return void rejected.push({ line, orgNumber: str(u.organisasjonsnummer) || null, name: name || null, code: "bad-orgnr" });
    if (!name) return void rejected.push({ line, orgNumber, name: null, code: "no-name" });
    if (seen.has(orgNumber)) return void rejected.push({ line, orgNumber, name, code: "duplicate" });
    seen.add(orgNumber);
    const address = u.forretningsadresse as { kommunenummer?: unknown } | undefined;
    rows.push({ orgNumber, name: titleCase(name), kind: form === "KOMM" ? "KOMMUNE" : "FYLKESKOMMUNE", municipalityNumber: str(address?.kommunenummer) || null });
  });
  return { ok: true, rows, rejected, skipped };
}

/** Enhetsregisteret writes names in capitals ("SORTLAND KOMMUNE"): "Sortland kommune". */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m, pre: string, c: string) => pre + c.toUpperCase()).replace(/ (Kommune|Fylkeskommune)$/u, (m) => m.toLowerCase());
}

export type Existing<T> = { orgNumber: string; regionId: string } & T;
export type DiffRow<R> = { row: R; status: "new" | "changed" | "unchanged"; changes: string[] };

/** Rows compared with what is stored, by organisasjonsnummer; a row that belongs to another region is rejected. */
export function diffRows<R extends { orgNumber: string }, S>(
  rows: R[], existing: Map<string, Existing<S>>, regionId: string, compare: (row: R, stored: Existing<S>) => string[],
): { rows: DiffRow<R>[]; otherRegion: R[] } {
  const out: DiffRow<R>[] = [];
  const otherRegion: R[] = [];
  for (const row of rows) {
    const stored = existing.get(row.orgNumber);
    if (!stored) out.push({ row, status: "new", changes: [] });
    else if (stored.regionId !== regionId) otherRegion.push(row);
    else {
      const changes = compare(row, stored);
      out.push({ row, status: changes.length ? "changed" : "unchanged", changes });
    }
  }
  return { rows: out, otherRegion };
}
