// Importing owners and schools from register files (samples/ in the shapes of NSR and Enhetsregisteret):
// a preview that writes nothing but the batch, an import that writes all or nothing, and a second import
// of the same file that changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import { applyImport, previewImport, type Preview } from "../../src/server/structure/imports";
import { sampleEnhetsregisteretCsv, sampleNbr, sampleNsr } from "../../scripts/lib/register-samples";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let stine: PortalUser;
let kari: PortalUser;
let countyId: string;
let lofoten: string;
let ofoten: string;
const nsr = JSON.stringify(sampleNsr(320));
const structure = async () => ({ owners: await db.schoolOwner.count(), schools: await db.school.count(), audit: await db.auditEntry.count() });
const preview = async (regionId: string, content = nsr, kind = "NSR") => {
  const r = await previewImport(db, stine, { countyId, regionId, kind, fileName: "nsr.json", content });
  if (!r.ok) throw new Error(r.message);
  return r.data as Preview;
};

beforeAll(async () => {
  db = t.db;
  stine = await loadActor(db, (await db.user.findUniqueOrThrow({ where: { email: "stine.berg@statsforvalteren.example" } })).id) as PortalUser;
  kari = await loadActor(db, (await db.user.findUniqueOrThrow({ where: { email: "kari.strand@rkk.example" } })).id) as PortalUser;
  countyId = (await db.county.findFirstOrThrow({ where: { slug: "nordland" } })).id;
  lofoten = (await db.region.findFirstOrThrow({ where: { slug: "lofoten" } })).id;
  ofoten = (await db.region.findFirstOrThrow({ where: { slug: "ofoten" } })).id;
});

describe("importing from NSR", () => {
  it("previews 320 schools and 14 owners, one rejected row with its reason, and writes nothing but the batch", async () => {
    const before = await structure();
    const p = await preview(lofoten);
    expect([p.owners.new.length, p.schools.new.length, p.schools.changed.length, p.schools.unchanged, p.skipped]).toEqual([14, 320, 0, 0, 2]);
    expect(p.rejected).toEqual([{ line: 323, orgNumber: "123456789", name: "Feilnummer skole (Testfjord)", reason: expect.stringContaining("ugyldig organisasjonsnummer") }]);
    expect(await structure()).toEqual(before);
  });

  it("imports all of it in one go, once; a second import of the same file changes nothing", async () => {
    const before = await structure();
    const p = await preview(lofoten);
    const started = Date.now();
    expect(await applyImport(db, stine, { batchId: p.batchId, version: String(p.version) })).toMatchObject({ ok: true, message: "Importert: 14 skoleeiere og 320 skoler er lagt til eller oppdatert. Resten var uendret." });
    console.log(`[import] 320 schools and 14 owners written in ${Date.now() - started} ms`);
    expect(await structure()).toEqual({ owners: before.owners + 14, schools: before.schools + 320, audit: before.audit + 1 });
    expect(await db.school.findUniqueOrThrow({ where: { orgNumber: "970000003" }, include: { owner: true } })).toMatchObject({ name: "Nord skole (Eksempelvik)", maalform: "Bokmål", owner: { name: "Eksempelvik kommune", kind: "KOMMUNE", regionId: lofoten } });
    expect(await applyImport(db, stine, { batchId: p.batchId, version: String(p.version + 1) })).toMatchObject({ ok: false, message: expect.stringContaining("allerede importert") });
    const again = await preview(lofoten);
    expect([again.owners.new.length, again.owners.changed.length, again.schools.new.length, again.schools.changed.length, again.schools.unchanged]).toEqual([0, 0, 0, 0, 320]);
    expect(await applyImport(db, stine, { batchId: again.batchId, version: String(again.version) })).toMatchObject({ ok: true, message: expect.stringContaining("Ingenting å importere") });
    expect((await structure()).schools).toBe(before.schools + 320);
  });

  it("shows a changed pupil count as a change, and imports it", async () => {
    const changed = sampleNsr(320);
    (changed.Enheter[0] as { Elevtall: number }).Elevtall = 999;
    const p = await preview(lofoten, JSON.stringify(changed));
    expect(p.schools.changed.map((c) => [c.row.name, c.changes])).toEqual([["Nord skole (Eksempelvik)", ["elevtall: 40 → 999"]]]);
    await applyImport(db, stine, { batchId: p.batchId, version: String(p.version) });
    expect((await db.school.findUniqueOrThrow({ where: { orgNumber: "970000003" } })).pupils).toBe(999);
  });

  it("refuses owners that belong to another region, row by row, and writes none of their schools", async () => {
    const before = await structure();
    const p = await preview(ofoten);
    expect([p.owners.new.length, p.schools.new.length]).toEqual([0, 0]);
    expect(p.rejected.filter((r) => r.reason === "skoleeieren hører til en annen region")).toHaveLength(14 + 320);
    await applyImport(db, stine, { batchId: p.batchId, version: String(p.version) });
    expect((await structure()).schools).toBe(before.schools);
  });

  it("refuses a file of the wrong shape, one that is not JSON, and anyone but Statsforvalteren", async () => {
    const batches = await db.importBatch.count();
    expect(await previewImport(db, stine, { countyId, regionId: lofoten, kind: "NSR", content: "<html></html>" })).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("ikke gyldig JSON")] } });
    expect(await previewImport(db, stine, { countyId, regionId: lofoten, kind: "NSR", content: sampleEnhetsregisteretCsv() })).toMatchObject({ ok: false });
    expect(await previewImport(db, stine, { countyId, regionId: lofoten, kind: "ENHETSREGISTERET", content: nsr })).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("formen vi venter")] } });
    expect(await previewImport(db, kari, { countyId, regionId: lofoten, kind: "NSR", content: nsr })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await previewImport(db, stine, { countyId, regionId: lofoten, kind: "NSR", content: "x".repeat(10 * 1024 * 1024 + 1) })).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("Filen er for stor")] } });
    expect(await previewImport(db, stine, { countyId, regionId: lofoten, kind: "NSR", tooLarge: true })).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("høyst 10 MB")] } });
    expect(await previewImport(db, stine, { countyId, regionId: lofoten, kind: "NSR" })).toMatchObject({ ok: false, fieldErrors: { file: ["Velg filen du har lastet ned fra registeret."] } });
    expect(await db.importBatch.count()).toBe(batches);
  });
});

describe("importing from Enhetsregisteret", () => {
  it("reads the CSV; the municipalities the NSR import made are unchanged, the county municipality gets its number", async () => {
    const p = await preview(lofoten, sampleEnhetsregisteretCsv(), "ENHETSREGISTERET");
    expect([p.owners.new.length, p.owners.unchanged, p.skipped]).toEqual([0, 12, 2]);
    expect(p.owners.changed.map((c) => [c.row.name, c.changes])).toEqual([["Eksempel fylkeskommune", ["kommunenummer: 5500"]]]);
  });
});

describe("importing kindergartens from NBR", () => {
  it("adds 60 kindergartens under the owners the NSR import made (and the private ones), once; a changed number of children is a change", async () => {
    const kindergartens = () => db.kindergarten.count();
    const before = { k: await kindergartens(), schools: await db.school.count() };
    const p = await preview(lofoten, JSON.stringify(sampleNbr(60)), "NBR");
    expect([p.kind, p.schools.new.length, p.schools.changed.length, p.skipped]).toEqual(["NBR", 60, 0, 1]);
    expect(p.rejected).toEqual([{ line: 62, orgNumber: "123456789", name: "Feilnummer barnehage (Testfjord)", reason: expect.stringContaining("ugyldig organisasjonsnummer") }]);
    expect(await kindergartens()).toBe(before.k);
    expect(await applyImport(db, stine, { batchId: p.batchId, version: String(p.version) })).toMatchObject({ ok: true, message: expect.stringMatching(/^Importert: \d+ eiere og 60 barnehager er lagt til eller oppdatert\./) });
    expect({ k: await kindergartens(), schools: await db.school.count() }).toEqual({ k: before.k + 60, schools: before.schools });
    const first = await db.kindergarten.findFirstOrThrow({ where: { orgNumber: sampleNbr(60).Enheter[0]!.Orgnr }, include: { owner: true } });
    expect(first).toMatchObject({ isPrivate: false, children: 12, owner: { name: "Eksempelvik kommune", regionId: lofoten } });
    expect(await db.kindergarten.count({ where: { isPrivate: true, owner: { kind: "PRIVAT" } } })).toBe(20);
    const again = await preview(lofoten, JSON.stringify(sampleNbr(60)), "NBR");
    expect([again.schools.new.length, again.schools.changed.length, again.schools.unchanged]).toEqual([0, 0, 60]);
    const changed = sampleNbr(60);
    (changed.Enheter[0] as { AntallBarn: number }).AntallBarn = 70;
    const c = await preview(lofoten, JSON.stringify(changed), "NBR");
    expect(c.schools.changed.map((x) => x.changes)).toEqual([["barn: 12 → 70"]]);
    await applyImport(db, stine, { batchId: c.batchId, version: String(c.version) });
    expect((await db.kindergarten.findUniqueOrThrow({ where: { id: first.id } })).children).toBe(70);
  });
});
