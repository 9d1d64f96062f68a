// Importing owners and schools from a register file into one region (Statsforvalteren): first a preview
// (new, changed, unchanged and rejected rows, with the reason), kept as an ImportBatch; then the import,
// all or nothing, compared again with the database as it is then. Keyed by organisasjonsnummer, so a
// second import of the same file changes nothing. Rules and parsing: src/domain/register-import.ts.
import { createHash } from "node:crypto";
import { z } from "zod";
import { can } from "@/domain/authorization";
import { diffRows, parseEnhetsregisteret, parseNbr, parseNsr, type KindergartenRow, type OwnerRow, type Rejection, type SchoolRow } from "@/domain/register-import";
import { errors, msg } from "@/i18n/server-text";
import { registerImport as text } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { joinOpenPeriods } from "./memberships";
import { lockCounties } from "../access/scope";
import { claimVersion, guarded, refuse, type Tx } from "../transaction";
import { id, version } from "../form-fields";

/** Below the server actions body limit (next.config.ts, 11 MB); a whole county's NSR extract is well under 1 MB. */
export const MAX_IMPORT_MB = 10;

export const previewSchema = z.object({
  countyId: id,
  regionId: id,
  kind: z.enum(["NSR", "NBR", "ENHETSREGISTERET"], { error: () => msg("structure.import.chooseKind") }),
  fileName: z.string().max(255).default("fil"),
  content: z.string().optional(),
  /** Set by the action when the uploaded file is larger than the limit (it is then not read). */
  tooLarge: z.boolean().optional(),
});
export const applySchema = z.object({ batchId: id, version });

type UnitRow = SchoolRow | KindergartenRow;
type Stored = { rows: (OwnerRow | UnitRow)[]; rejected: Rejection[]; skipped: number };
type Kind = "NSR" | "NBR" | "ENHETSREGISTERET";
export type Preview = {
  batchId: string; version: number; kind: Kind; skipped: number; regionId: string; regionName: string; fileName: string;
  owners: { new: OwnerRow[]; changed: { row: OwnerRow; changes: string[] }[]; unchanged: number };
  /** The schools (NSR) or the kindergartens (NBR) in the file. */
  schools: { new: UnitRow[]; changed: { row: UnitRow; changes: string[] }[]; unchanged: number };
  rejected: { line: number; orgNumber: string | null; name: string | null; reason: string }[];
};

async function requireRegion(tx: Tx, actor: Parameters<typeof can>[0], countyId: string, regionId: string) {
  const region = await tx.region.findFirst({ where: { id: regionId, countyId } });
  if (!region) throw refuse(errors.notFound, { regionId: [errors.notFound] });
  if (!can(actor, "county.manage", { countyId })) throw refuse(errors.forbidden);
  return region;
}

/**
 * What the import would do now: owners and their schools (NSR) or kindergartens (NBR) by organisasjonsnummer (or, for
 * rows stored before orgnr, by name).
 */
async function plan(tx: Tx, countyId: string, regionId: string, stored: Stored, kind: Kind) {
  const schoolRows = stored.rows.filter((r): r is UnitRow => "owner" in r);
  const ownerRows = [...new Map((schoolRows.length ? schoolRows.map((s) => s.owner) : (stored.rows as OwnerRow[])).map((o) => [o.orgNumber, o])).values()];
  const withUnits = await tx.schoolOwner.findMany({ where: { region: { countyId } }, include: { schools: true, kindergartens: true } });
  // The units compared with the file's: the owners' kindergartens for NBR, their schools otherwise.
  const owners = withUnits.map((o) => ({ ...o, schools: kind === "NBR" ? o.kindergartens.map((k) => ({ ...k, pupils: k.children, maalform: null })) : o.schools }));
  const byOrg = new Map(owners.filter((o) => o.orgNumber).map((o) => [o.orgNumber!, { ...o, orgNumber: o.orgNumber! }]));
  // Owners seeded or typed before they had an organisasjonsnummer are matched by name in the region.
  for (const o of ownerRows) {
    const named = owners.find((x) => !x.orgNumber && x.regionId === regionId && x.name.toLowerCase() === o.name.toLowerCase());
    if (!byOrg.has(o.orgNumber) && named) byOrg.set(o.orgNumber, { ...named, orgNumber: o.orgNumber });
  }
  const ownerDiff = diffRows(ownerRows, byOrg, regionId, (row, s) => [
    ...(s.name !== row.name ? [`navn: ${s.name} → ${row.name}`] : []),
    ...(!owners.find((x) => x.id === s.id)?.orgNumber ? [`organisasjonsnummer: ${row.orgNumber}`] : []),
    ...(s.kind !== row.kind ? [`type: ${s.kind} → ${row.kind}`] : []),
    ...(row.municipalityNumber && s.municipalityNumber !== row.municipalityNumber ? [`kommunenummer: ${row.municipalityNumber}`] : []),
  ]);
  const otherRegion = new Set(ownerDiff.otherRegion.map((o) => o.orgNumber));
  const schools = owners.flatMap((o) => o.schools.map((s) => ({ ...s, regionId: o.regionId })));
  const schoolByOrg = new Map(schools.filter((s) => s.orgNumber).map((s) => [s.orgNumber!, { ...s, orgNumber: s.orgNumber! }]));
  for (const row of schoolRows) {
    const owner = byOrg.get(row.owner.orgNumber);
    const named = owner && schools.find((s) => !s.orgNumber && s.ownerId === owner.id && s.name.toLowerCase() === row.name.toLowerCase());
    if (!schoolByOrg.has(row.orgNumber) && named) schoolByOrg.set(row.orgNumber, { ...named, orgNumber: row.orgNumber });
  }
  const schoolDiff = diffRows(schoolRows.filter((s) => !otherRegion.has(s.owner.orgNumber)), schoolByOrg, regionId, (row, s) => [
    ...(s.name !== row.name ? [`navn: ${s.name} → ${row.name}`] : []),
    ...(!schools.find((x) => x.id === s.id)?.orgNumber ? [`organisasjonsnummer: ${row.orgNumber}`] : []),
    ...("children" in row
      ? (s.pupils !== row.children ? [msg("registerImport.children", { from: String(s.pupils ?? "–"), to: String(row.children ?? "–") })] : [])
      : [...(s.pupils !== row.pupils ? [`elevtall: ${s.pupils ?? "–"} → ${row.pupils ?? "–"}`] : []),
        ...(s.maalform !== row.maalform ? [`målform: ${s.maalform ?? "–"} → ${row.maalform ?? "–"}`] : [])]),
    ...(byOrg.get(row.owner.orgNumber)?.id !== s.ownerId ? [`skoleeier: ${row.owner.name}`] : []),
  ]);
  const rejected = [
    ...stored.rejected.map((r) => ({ line: r.line, orgNumber: r.orgNumber, name: r.name, reason: text.row[r.code] })),
    ...ownerDiff.otherRegion.map((o) => ({ line: 0, orgNumber: o.orgNumber, name: o.name, reason: text.row["other-region"] })),
    ...schoolRows.filter((s) => otherRegion.has(s.owner.orgNumber)).map((s) => ({ line: 0, orgNumber: s.orgNumber, name: s.name, reason: text.row["other-region"] })),
  ];
  return { ownerDiff, schoolDiff, byOrg, schoolByOrg, rejected };
}

export const previewImport = guarded(previewSchema, async (tx, actor, input) => {
  const region = await requireRegion(tx, actor, input.countyId, input.regionId);
  if (input.tooLarge || (input.content?.length ?? 0) > MAX_IMPORT_MB * 1024 * 1024) throw refuse(text.tooLarge(MAX_IMPORT_MB), { file: [text.tooLarge(MAX_IMPORT_MB)] });
  if (!input.content) throw refuse(text.fileMissing, { file: [text.fileMissing] });
  const parsed = input.kind === "NSR" ? parseNsr(input.content) : input.kind === "NBR" ? parseNbr(input.content) : parseEnhetsregisteret(input.content);
  if (!parsed.ok) throw refuse(text.file[parsed.code], { file: [text.file[parsed.code]] });
  const stored: Stored = { rows: parsed.rows, rejected: parsed.rejected, skipped: parsed.skipped };
  const batch = await tx.importBatch.create({
    data: { countyId: input.countyId, regionId: input.regionId, kind: input.kind, fileName: input.fileName, createdById: actor.id,
      sha256: createHash("sha256").update(input.content).digest("hex"), payload: stored as object },
  });
  const p = await plan(tx, input.countyId, input.regionId, stored, input.kind);
  const preview: Preview = {
    batchId: batch.id, version: batch.version, kind: input.kind, skipped: parsed.skipped, regionId: region.id, regionName: region.name, fileName: input.fileName,
    owners: { new: p.ownerDiff.rows.filter((r) => r.status === "new").map((r) => r.row), changed: p.ownerDiff.rows.filter((r) => r.status === "changed"), unchanged: p.ownerDiff.rows.filter((r) => r.status === "unchanged").length },
    schools: { new: p.schoolDiff.rows.filter((r) => r.status === "new").map((r) => r.row), changed: p.schoolDiff.rows.filter((r) => r.status === "changed"), unchanged: p.schoolDiff.rows.filter((r) => r.status === "unchanged").length },
    rejected: p.rejected,
  };
  return { ok: true as const, message: "", data: preview };
});

export const applyImport = guarded(applySchema, async (tx, actor, input, now) => {
  const batch = await tx.importBatch.findUnique({ where: { id: input.batchId } });
  if (!batch || batch.appliedAt) throw refuse(text.staleBatch);
  await requireRegion(tx, actor, batch.countyId, batch.regionId);
  await lockCounties(tx, [batch.countyId]);
  await claimVersion(tx.importBatch, batch.id, input.version, text.staleBatch);
  const p = await plan(tx, batch.countyId, batch.regionId, batch.payload as unknown as Stored, batch.kind);
  let owners = 0;
  let schools = 0;
  const ownerIds = new Map<string, string>([...p.byOrg].map(([org, o]) => [org, o.id]));
  for (const d of p.ownerDiff.rows) {
    if (d.status === "unchanged") continue;
    const data = { name: d.row.name, kind: d.row.kind, orgNumber: d.row.orgNumber, ...(d.row.municipalityNumber ? { municipalityNumber: d.row.municipalityNumber } : {}) };
    const saved = d.status === "new"
      ? await tx.schoolOwner.create({ data: { ...data, regionId: batch.regionId } })
      : await tx.schoolOwner.update({ where: { id: p.byOrg.get(d.row.orgNumber)!.id }, data });
    if (d.status === "new") await joinOpenPeriods(tx, saved, batch.countyId, now);
    ownerIds.set(d.row.orgNumber, saved.id);
    owners++;
  }
  for (const d of p.schoolDiff.rows) {
    if (d.status === "unchanged") continue;
    const base = { name: d.row.name, orgNumber: d.row.orgNumber, ownerId: ownerIds.get(d.row.owner.orgNumber)!, isPrivate: d.row.isPrivate };
    const id = d.status === "new" ? null : p.schoolByOrg.get(d.row.orgNumber)!.id;
    if ("children" in d.row) {
      const data = { ...base, children: d.row.children };
      if (id) await tx.kindergarten.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
      else await tx.kindergarten.create({ data });
    } else {
      const data = { ...base, maalform: d.row.maalform, pupils: d.row.pupils };
      if (id) await tx.school.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
      else await tx.school.create({ data });
    }
    schools++;
  }
  await tx.importBatch.update({ where: { id: batch.id }, data: { appliedAt: new Date() } });
  await recordAudit(tx, { actorId: actor.id, action: "import.apply", entityType: "Region", entityId: batch.regionId,
    after: { batchId: batch.id, kind: batch.kind, fileName: batch.fileName, sha256: batch.sha256, owners, schools, rejected: p.rejected.length } });
  const applied = batch.kind === "NBR" ? msg("registerImport.appliedKindergartens", { owners: String(owners), units: String(schools) }) : text.applied(owners, schools);
  return { ok: true as const, message: owners + schools === 0 ? text.nothingToDo : applied, data: { owners, schools } };
}, { timeout: 60_000 });
