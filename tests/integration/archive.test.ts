// Archive copies against PostgreSQL and a Noark 5 test archive on loopback (tests/support/noark5-server.ts):
// a final decision leaves a copy owed in its own transaction; the copy is a PDF/A-2b with Noark 5 metadata,
// unchangeable; it is delivered once, a failed delivery is retried with backoff and goes on where it stopped,
// and the decision is made whatever state the archive is in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import { checkPdfa, noarkTerm } from "../support/pdfa";
import { startTestArchive, type TestArchive } from "../support/noark5-server";
import type { PortalUser } from "../../src/server/auth/actor";
import { approveAll, decideAllocation } from "../../src/server/allocations/decisions";
import { runArchive } from "../../src/server/archive/deliver";
import { makeArchiveCopy } from "../../src/server/archive/generate";
import { configureArchive, markPackageArchived, retryArchiveCopy } from "../../src/server/archive/service";
import { archivePackage } from "../../src/server/archive/package";
import type { Db } from "../../src/server/prisma-client";
import { errors } from "../../src/i18n/server-text";
import { unzipSync, strFromU8 } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";

const t = useTestDatabase();
let db: Db;
let sf: PortalUser, su: PortalUser;
let countyId: string;
let archive: TestArchive;

const approvedAllocations = () => db.allocation.findMany({ where: { status: "APPROVED", grant: { countyId } }, include: { region: true }, orderBy: [{ region: { name: "asc" } }, { scheme: { position: "asc" } }] });
/** Reopens an approved allocation and approves it again: a new final decision. */
async function approveAgain(allocationId: string, now?: Date) {
  let a = await db.allocation.findUniqueOrThrow({ where: { id: allocationId } });
  expect(await decideAllocation(db, sf, { allocationId, version: String(a.version), decision: "reopen" }, now)).toMatchObject({ ok: true });
  a = await db.allocation.findUniqueOrThrow({ where: { id: allocationId } });
  expect(await decideAllocation(db, sf, { allocationId, version: String(a.version), decision: "approve" }, now)).toMatchObject({ ok: true });
  return db.archiveCopy.findFirstOrThrow({ where: { kind: "ALLOCATION", sourceId: allocationId }, orderBy: { createdAt: "desc" } });
}
const configure = async (url: string, token: string) => {
  const county = await db.county.findUniqueOrThrow({ where: { id: countyId } });
  return configureArchive(db, sf, { countyId, version: String(county.version), url, token });
};

beforeAll(async () => {
  db = t.db;
  process.env.DATABASE_URL = t.url;
  sf = await actorByEmail(db, "stine.berg@statsforvalteren.example");
  su = await actorByEmail(db, "kari.strand@rkk.example");
  countyId = (await db.county.findUniqueOrThrow({ where: { slug: "nordland" } })).id;
  archive = await startTestArchive();
});
afterAll(() => archive.close());

describe("the archive copy of an approved allocation", () => {
  it("is owed by the decision, made as PDF/A-2b with its Noark 5 metadata, and kept unchangeable", async () => {
    const [a] = await approvedAllocations();
    const copy = await approveAgain(a.id);
    expect(copy).toMatchObject({ countyId, kind: "ALLOCATION", status: "PENDING", pdf: null });
    const started = performance.now();
    const run = await runArchive(db);
    const made = await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id }, include: { county: true } });
    console.log(`archive copy made in ${(performance.now() - started).toFixed(0)} ms, ${made.sizeBytes} bytes`);
    expect(run.made).toBe(1);
    // No archive configured: the copy waits for a package, untried.
    expect(made).toMatchObject({ status: "PENDING", attempts: 0, schemeId: "dekom", title: `Vedtak om tildeling av midler til ${a.region.name}, 2026 (DEKOM)`, sender: made.county.governorName, recipient: a.region.name, language: "nb" });
    const report = await checkPdfa(made.pdf!);
    expect(report.problems).toEqual([]);
    expect(report.fonts.every((f) => /^\/[A-Z]{6}\+DejaVuSans/.test(f))).toBe(true);
    expect(noarkTerm(report.xmp, "tittel")).toBe(made.title);
    expect(noarkTerm(report.xmp, "avsender")).toBe(made.county.governorName);
    expect(noarkTerm(report.xmp, "mottaker")).toBe(a.region.name);
    expect(noarkTerm(report.xmp, "eksternID")).toBe(made.id);
    expect(noarkTerm(report.xmp, "saksnummer")).toBe(made.caseNumber);
    expect(noarkTerm(report.xmp, "dokumentetsDato")).toBe(made.decidedAt.toISOString());
    // The PDF and its metadata cannot be changed or the copy removed, whatever code tries.
    await expect(db.archiveCopy.update({ where: { id: made.id }, data: { pdf: Buffer.from("x") } })).rejects.toThrow(/unchangeable/);
    await expect(db.archiveCopy.update({ where: { id: made.id }, data: { title: "Endret" } })).rejects.toThrow(/unchangeable/);
    await expect(db.archiveCopy.delete({ where: { id: made.id } })).rejects.toThrow(/kept/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "ArchiveCopy"`)).rejects.toThrow(/kept/);
  });

  it("a decision rolled back after its copy was recorded leaves no copy owed", async () => {
    const all = await approvedAllocations();
    const [b, c] = all.filter((a) => a.grantId === all[0].grantId).slice(1, 3);
    for (const a of [b, c]) expect(await decideAllocation(db, sf, { allocationId: a.id, version: String(a.version), decision: "reopen" })).toMatchObject({ ok: true });
    const [rb, rc] = await Promise.all([b, c].map((a) => db.allocation.findUniqueOrThrow({ where: { id: a.id } })));
    const before = await db.archiveCopy.count();
    // "Approve all": the first is approved (and its copy recorded) before the second turns out stale; none is approved.
    const r = await approveAll(db, sf, { grantId: rb.grantId, items: [`${rb.id}:${rb.version}`, `${rc.id}:${rc.version + 1}`] });
    expect(r).toMatchObject({ ok: false, message: errors.staleAllocation });
    expect((await db.allocation.findUniqueOrThrow({ where: { id: rb.id } })).status).toBe("DRAFT");
    expect(await db.archiveCopy.count()).toBe(before);
    // Approved for real, each gets its copy.
    expect(await approveAll(db, sf, { grantId: rb.grantId, items: [`${rb.id}:${rb.version}`, `${rc.id}:${rc.version}`] })).toMatchObject({ ok: true });
    expect(await db.archiveCopy.count({ where: { kind: "ALLOCATION", sourceId: { in: [rb.id, rc.id] } } })).toBe(2);
    await runArchive(db); // made now, so the next test sees only its own copy to deliver
  });

  it("is delivered once to the configured archive: registrering, avsender and mottaker, dokumentbeskrivelse, dokumentobjekt, the file", async () => {
    expect(await configure(archive.arkivdelUrl, archive.token)).toMatchObject({ ok: true });
    const started = performance.now();
    const waiting = await db.archiveCopy.findMany({ where: { status: "PENDING" }, select: { id: true } });
    const run = await runArchive(db);
    console.log(`${run.delivered.length} archive copies delivered in ${(performance.now() - started).toFixed(0)} ms (${archive.requests.length} requests)`);
    // Every waiting copy (the three approvals above), each filed once, in its own registrering.
    expect(run.delivered.sort()).toEqual(waiting.map((w) => w.id).sort());
    expect(archive.registreringer.map((r) => r.eksternID?.[0]?.eksternID).sort()).toEqual(run.delivered);
    expect(archive.requests.filter((q) => q.method === "POST")).toHaveLength(6 * waiting.length);
    const copy = await db.archiveCopy.findUniqueOrThrow({ where: { id: run.delivered[0] } });
    expect(copy).toMatchObject({ status: "DELIVERED", attempts: 1, lastError: null });
    const r = archive.registreringer.find((x) => x.eksternID?.[0]?.eksternID === copy.id)!;
    expect(r).toMatchObject({ tittel: copy.title, eksternID: [{ eksternID: copy.id, system: "DEKOM-portalen" }] });
    expect(r.parter.map((p) => [(p.korrespondanseparttype as { kode: string }).kode, p.navn])).toEqual([["EA", copy.sender], ["EM", copy.recipient]]);
    const objekt = r.dokumentbeskrivelser[0].dokumentobjekter[0];
    expect(objekt).toMatchObject({ format: { kode: "fmt/477" }, variantformat: { kode: "A" }, sjekksum: copy.sha256, sjekksumAlgoritme: "SHA-256", filstoerrelse: copy.sizeBytes, mimeType: "application/pdf" });
    expect(Buffer.compare(objekt.file!, Buffer.from(copy.pdf!))).toBe(0);
    // Nothing more to do: another run delivers nothing twice.
    expect(await runArchive(db)).toMatchObject({ made: 0, delivered: [], retrying: [] });
    expect(archive.registreringer).toHaveLength(waiting.length);
    const audit = await db.auditEntry.findMany({ where: { entityType: "ArchiveCopy", entityId: copy.id } });
    expect(audit.map((e) => e.action)).toEqual(["archive.delivered"]);
  });

  it("a failed delivery is retried with backoff, goes on where it stopped, and files the copy once", async () => {
    const [, b] = await approvedAllocations();
    const copy = await approveAgain(b.id);
    const now = new Date();
    // The archive fails the upload of the dokumentobjekt: registrering, parties and dokumentbeskrivelse are in.
    archive.failNext(1, 503, /ny-dokumentobjekt/);
    let run = await runArchive(db, now);
    expect(run.retrying).toEqual([copy.id]);
    let row = await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, dokumentobjektUrl: null, partsPosted: 2 });
    expect(row.lastError).toMatch(/^Arkivet svarte 503/);
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(30_000);
    // Not due yet: nothing happens before the backoff has passed.
    expect((await runArchive(db, new Date(now.getTime() + 10_000))).retrying).toEqual([]);
    // The archive is down altogether for the next attempt.
    archive.failNext(5, 500);
    run = await runArchive(db, new Date(now.getTime() + 31_000));
    row = await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row).toMatchObject({ attempts: 2 });
    expect(row.nextAttemptAt.getTime() - (now.getTime() + 31_000)).toBe(60_000);
    archive.failNext(0);
    run = await runArchive(db, new Date(now.getTime() + 92_000));
    expect(run.delivered).toEqual([copy.id]);
    const filed = archive.registreringer.filter((r) => r.eksternID?.[0]?.eksternID === copy.id);
    expect(filed).toHaveLength(1);
    expect(filed[0].parter).toHaveLength(2);
    expect(filed[0].dokumentbeskrivelser).toHaveLength(1);
    expect(filed[0].dokumentbeskrivelser[0].dokumentobjekter).toHaveLength(1);
    expect(filed[0].dokumentbeskrivelser[0].dokumentobjekter[0].file?.length).toBe(row.sizeBytes);
  });

  it("with the archive down, the decision is still made; after the last attempt the copy is marked failed, and an operator can try again", async () => {
    const [, , c] = await approvedAllocations();
    archive.failNext(1000, 502);
    const copy = await approveAgain(c.id);
    expect((await db.allocation.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("APPROVED");
    let at = Date.now();
    for (let i = 0; i < 12; i++) { await runArchive(db, new Date(at)); at += 5 * 3600_000; }
    const row = await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 12 });
    expect((await db.auditEntry.findMany({ where: { entityId: copy.id } })).map((e) => e.action)).toEqual(["archive.failed"]);
    archive.failNext(0);
    // Only Statsforvalteren of the county; a skoleutvikler is refused and nothing changes.
    expect(await retryArchiveCopy(db, su, { copyId: copy.id })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await retryArchiveCopy(db, sf, { copyId: copy.id })).toMatchObject({ ok: true });
    expect(await retryArchiveCopy(db, sf, { copyId: copy.id })).toMatchObject({ ok: true });
    expect((await runArchive(db)).delivered).toEqual([copy.id]);
    expect(await retryArchiveCopy(db, sf, { copyId: copy.id })).toMatchObject({ ok: false, message: "Bare en kopi som ikke er levert, kan prøves på nytt." });
  });

  it("a slow archive (no answer within the timeout) counts as a failed attempt, and the decision does not wait", async () => {
    const [a] = await approvedAllocations();
    archive.setDelay(1_000);
    const started = performance.now();
    const copy = await approveAgain(a.id);
    expect(performance.now() - started).toBeLessThan(1_000);
    const now = new Date();
    await runArchive(db, now, { timeoutMs: 300 });
    const row = await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Fikk ikke kontakt med arkivet (ingen svar på 0.3 s)" });
    archive.setDelay(0);
    expect((await runArchive(db, new Date(now.getTime() + 30_000))).delivered).toEqual([copy.id]);
  });
});

it("a copy whose decided thing is gone is marked failed with the reason, and not tried on every run", async () => {
  const copy = await db.archiveCopy.create({ data: { countyId, kind: "ALLOCATION", sourceId: "gone", decidedAt: new Date() } });
  expect((await runArchive(db)).failed).toEqual([copy.id]);
  expect(await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ status: "FAILED", pdf: null, lastError: "Det som ble vedtatt, finnes ikke lenger i portalen, så kopien kunne ikke lages." });
  expect(await runArchive(db)).toMatchObject({ made: 0, failed: [] });
});

describe("archive settings and the operator's package", () => {
  it("refuses an address that is not https, and a user without the right; changes nothing", async () => {
    const before = await db.county.findUniqueOrThrow({ where: { id: countyId } });
    expect(await configure("http://arkiv.example.no/arkivdel/1", "x")).toMatchObject({ ok: false, fieldErrors: { url: ["Adressen må begynne med https:// (http:// bare til denne maskinen, for et testarkiv)."] } });
    expect(await configureArchive(db, su, { countyId, version: String(before.version), url: "https://arkiv.example.no/a", token: "x" })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await configureArchive(db, sf, { countyId, version: String(before.version - 1), url: "https://arkiv.example.no/a", token: "x" })).toMatchObject({ ok: false });
    expect(await db.county.findUniqueOrThrow({ where: { id: countyId } })).toEqual(before);
  });

  it("with no archive, an operator downloads the waiting copies as a package and marks them archived", async () => {
    expect(await configure("", "")).toMatchObject({ ok: true });
    expect((await db.county.findUniqueOrThrow({ where: { id: countyId } })).archiveToken).toBeNull();
    const [, b] = await approvedAllocations();
    const copy = await approveAgain(b.id);
    await runArchive(db);
    expect((await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } })).attempts).toBe(0);
    const upTo = new Date();
    const pkg = await archivePackage(sf, "nordland", upTo, db);
    expect(pkg).not.toBeNull();
    const files = unzipSync(pkg!.zip);
    const names = Object.keys(files);
    expect(names).toContain("arkivkopier.xml");
    const pdfName = names.find((n) => n.endsWith(`${copy.id}.pdf`))!;
    expect((await checkPdfa(files[pdfName])).problems).toEqual([]);
    const xml = strFromU8(files["arkivkopier.xml"]);
    expect(xml).toContain(`<eksternID>${copy.id}</eksternID>`);
    expect(xml).toContain(`<referanseDokumentfil>${pdfName}</referanseDokumentfil>`);
    expect(await archivePackage(su, "nordland", upTo, db)).toBeNull();
    expect(await markPackageArchived(db, su, { countyId, upTo: upTo.toISOString() })).toMatchObject({ ok: false });
    expect(await markPackageArchived(db, sf, { countyId, upTo: upTo.toISOString() })).toMatchObject({ ok: true, message: "1 kopi er merket som arkivert." });
    expect((await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } })).status).toBe("DELIVERED");
    expect(await markPackageArchived(db, sf, { countyId, upTo: upTo.toISOString() })).toMatchObject({ ok: false, message: "Ingen av kopiene i pakken venter lenger." });
  });
});

// Last: the copy made here cannot be removed (copies are kept), and would be in the package above.
it("the minutes' copy is made in the written standard the forum chose (nynorsk here), and says so in its metadata", async () => {
  const meeting = await db.meeting.findFirstOrThrow({ where: { title: "Oppvekstforum, møte 4/2026" }, include: { forum: true } });
  await db.forum.update({ where: { id: meeting.forumId }, data: { language: "nn" } });
  try {
    const copy = await db.archiveCopy.create({ data: { countyId, kind: "MINUTES", sourceId: meeting.id, decidedAt: new Date("2026-11-20T10:00:00Z") } });
    expect(await makeArchiveCopy(db, copy.id)).toBe(true);
    const made = await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } });
    expect(made).toMatchObject({ language: "nn", title: "Protokoll: Oppvekstforum, møte 4/2026", sender: meeting.forum.name, belongsTo: expect.stringMatching(/^Møte: Oppvekstforum, møte 4\/2026, /) });
    const report = await checkPdfa(made.pdf!);
    expect(report.problems).toEqual([]);
    expect(report.xmp).toContain("<rdf:li>nn-NO</rdf:li>");
  } finally {
    await db.forum.update({ where: { id: meeting.forumId }, data: { language: "nb" } });
  }
});

// Last, like the one above: the copies made here are kept.
it("Statsforvalteren's decisions are archived in the office's written standard, set in the county's settings; an unknown one is refused", async () => {
  const { updateCountySettings } = await import("../../src/server/structure/county-settings");
  const county = await db.county.findUniqueOrThrow({ where: { id: countyId } });
  const settings = (over: Record<string, string>, version: number) => ({
    countyId, version: String(version), name: county.name, forumName: county.forumName, governorName: county.governorName, networkShare: "40",
    deadlineDay: String(county.reportDeadlineDay), deadlineMonth: String(county.reportDeadlineMonth), reminderDays: county.reminderDays.join(", "), ...over,
  });
  expect(await updateCountySettings(db, sf, settings({ language: "se" }, county.version))).toMatchObject({ ok: false, fieldErrors: { language: ["Velg bokmål eller nynorsk."] } });
  expect(await updateCountySettings(db, sf, settings({ language: "nn" }, county.version))).toMatchObject({ ok: true });
  expect(await db.auditEntry.findFirst({ where: { entityId: countyId, action: "county.settings" }, orderBy: { at: "desc" } })).toMatchObject({ before: { language: "nb" }, after: { language: "nn" } });
  try {
    const [a] = await approvedAllocations();
    const copy = await approveAgain(a.id);
    await runArchive(db);
    const made = await db.archiveCopy.findUniqueOrThrow({ where: { id: copy.id } });
    expect(made).toMatchObject({ language: "nn", title: `Vedtak om tildeling av midlar til ${a.region.name}, 2026 (DEKOM)` });
    // The same region's REKOM allocation is a decision of its own, named by its scheme in title and text.
    const rekom = (await approvedAllocations()).find((x) => x.regionId === a.regionId && x.schemeId === "rekom")!;
    const rekomCopy = await approveAgain(rekom.id);
    await runArchive(db);
    const rekomMade = await db.archiveCopy.findUniqueOrThrow({ where: { id: rekomCopy.id } });
    expect(rekomMade).toMatchObject({ schemeId: "rekom", title: `Vedtak om tildeling av midlar til ${a.region.name}, 2026 (REKOM)`, belongsTo: `Tildeling 2026, ${a.region.name} (REKOM)` });
    const rekomText = (await extractText(await getDocumentProxy(new Uint8Array(rekomMade.pdf!)), { mergePages: true })).text;
    expect(rekomText.replace(/\s+/g, " ")).toContain("Ordning: Regional ordning for kompetanseutvikling i barnehagen (REKOM).");
    const report = await checkPdfa(made.pdf!);
    expect(report.problems).toEqual([]);
    expect(report.xmp).toContain("<rdf:li>nn-NO</rdf:li>");
  } finally {
    const now = await db.county.findUniqueOrThrow({ where: { id: countyId } });
    expect(await updateCountySettings(db, sf, settings({ language: "nb" }, now.version))).toMatchObject({ ok: true });
  }
});
