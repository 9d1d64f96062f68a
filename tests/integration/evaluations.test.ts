// The yearly evaluation through the functions the server actions call, with the clock set by the test.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import { startSmtp } from "../support/smtp";
import type { PortalUser } from "../../src/server/auth/actor";
import { acceptEvaluation, addAttachment, removeAttachment, grantExtension, heartbeat, startEvaluation, recordConclusion, returnEvaluation, saveField, submitEvaluation } from "../../src/server/evaluations/service";
import { runReminders } from "../../src/server/evaluations/reminders";
import { smtpMailer } from "../../src/server/mail";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let kari: PortalUser, stine: PortalUser, nina: PortalUser, jon: PortalUser;
let vesteralen: { id: string; countyId: string }, lofoten: { id: string };
const as = (email: string) => actorByEmail(db, email);
const oslo = (iso: string) => new Date(iso);
const snapshot = async () => ({ evaluations: await db.evaluation.findMany({ orderBy: { id: "asc" } }), measures: await db.evaluationMeasure.count(), audit: await db.auditEntry.count() });
const report = async () => db.evaluation.findUniqueOrThrow({ where: { regionId_year_schemeId: { regionId: vesteralen.id, year: 2026, schemeId: "dekom" } } });

beforeAll(async () => {
  db = t.db;
  [kari, stine, nina, jon] = await Promise.all(["kari.strand@rkk.example", "stine.berg@statsforvalteren.example", "nina.lund@nord.example", "jon.nyland@ks.example"].map(as));
  vesteralen = await db.region.findUniqueOrThrow({ where: { slug: "vesteralen" } });
  lofoten = await db.region.findUniqueOrThrow({ where: { slug: "lofoten" } });
});

describe("writing the report", () => {
  it("the skoleutvikler starts the draft (once); a reader may not; no report for a year outside every period or not yet begun", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const count = async () => ({ evaluations: await db.evaluation.count(), audit: await db.auditEntry.count() });
    const before = await count();
    expect(await startEvaluation(db, nina, { schemeId: "dekom", regionId: vesteralen.id, year: "2026" }, now)).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await startEvaluation(db, kari, { schemeId: "dekom", regionId: vesteralen.id, year: "2019" }, now)).toEqual({ ok: false, message: "Ingen strategiperiode dekker 2019, så det finnes ingen rapport å skrive for det året." });
    expect(await startEvaluation(db, kari, { schemeId: "dekom", regionId: vesteralen.id, year: "2027" }, now)).toEqual({ ok: false, message: "Rapporten for 2027 kan startes fra 1. januar 2027." });
    expect(await startEvaluation(db, kari, { schemeId: "dekom", regionId: vesteralen.id, year: "-7" }, now)).toMatchObject({ ok: false, fieldErrors: { year: ["Velg et år fra 2000."] } });
    expect(await count()).toEqual(before);
    const results = await Promise.all([1, 2, 3].map(() => startEvaluation(db, kari, { schemeId: "dekom", regionId: vesteralen.id, year: "2026" }, now)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.evaluation.findUniqueOrThrow({ where: { regionId_year_schemeId: { regionId: vesteralen.id, year: 2026, schemeId: "dekom" } } })).toMatchObject({ status: "DRAFT", version: 1 });
    expect(await count()).toEqual({ evaluations: before.evaluations + 1, audit: before.audit + 1 });
  });

  it("opening the report page never writes (a GET), whoever opens it and whatever the year", async () => {
    process.env.DATABASE_URL = t.url;
    process.env.NEXTAUTH_SECRET ??= "x".repeat(40);
    const { getEvaluationPage } = await import("../../src/server/evaluations/queries");
    const before = { evaluations: await db.evaluation.count(), audit: await db.auditEntry.count() };
    for (const year of [-7, 2000, 2025, 2099]) await getEvaluationPage(kari, "lofoten", year);
    await getEvaluationPage(kari, "vesteralen", 2099);
    expect({ evaluations: await db.evaluation.count(), audit: await db.auditEntry.count() }).toEqual(before);
  });

  it("saves a field and a tiltak's dimension, each with an audit entry", async () => {
    const e = await report();
    const now = oslo("2027-01-10T10:00:00+01:00");
    expect(await saveField(db, kari, { evaluationId: e.id, field: "effect", base: "", value: "Flere elever opplever mestring." }, now)).toMatchObject({ ok: true, message: "Lagret" });
    const measure = await db.measure.findFirstOrThrow({ where: { goal: { regionId: vesteralen.id, number: 2 }, number: 1 } });
    expect((await saveField(db, kari, { evaluationId: e.id, field: `measure:${measure.id}:process`, base: "", value: "Skolene og Nord universitet møttes månedlig." }, now)).ok).toBe(true);
    const saved = await db.evaluation.findUniqueOrThrow({ where: { id: e.id }, include: { measures: true } });
    expect(saved.effect).toBe("Flere elever opplever mestring.");
    expect(saved.measures.map((m) => [m.measureId, m.process])).toEqual([[measure.id, "Skolene og Nord universitet møttes månedlig."]]);
    expect(await db.auditEntry.count({ where: { entityId: e.id, action: "evaluation.edit" } })).toBe(2);
  });

  it("two people editing the same field: the second save, made on the old text, is refused with the other text and who wrote it", async () => {
    const e = await report();
    const before = await snapshot();
    const r = await saveField(db, kari, { evaluationId: e.id, field: "effect", base: "", value: "Min versjon" });
    expect(r).toEqual({ ok: false, message: "Kari Strand har endret dette feltet mens du skrev. Teksten din er ikke lagret over deres: se begge og slå dem sammen.", conflict: { current: "Flere elever opplever mestring.", by: "Kari Strand" } });
    expect(await snapshot()).toEqual(before);
  });

  it("shows who else has the report open", async () => {
    const e = await report();
    const now = oslo("2027-01-10T10:00:00+01:00");
    expect(await heartbeat(db, kari, e.id, now)).toEqual([]);
    expect(await heartbeat(db, stine, e.id, new Date(now.getTime() + 5_000))).toEqual(["Kari Strand"]);
    expect(await heartbeat(db, kari, e.id, new Date(now.getTime() + 120_000))).toEqual([]); // Stine's last sign of life is too old
  });

  it("refuses another region's skoleutvikler, a reader, a 100 000-character field and an unknown field; nothing changes", async () => {
    const e = await report();
    const before = await snapshot();
    expect(await saveField(db, nina, { evaluationId: e.id, field: "process", base: "", value: "x" })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await saveField(db, kari, { evaluationId: e.id, field: "process", base: "", value: "a".repeat(100_000) })).toMatchObject({ ok: false, message: "Feltet kan ha høyst 20\u00a0000 tegn." });
    expect(await saveField(db, kari, { evaluationId: e.id, field: "status", base: "", value: "ACCEPTED" })).toMatchObject({ ok: false, message: "Ukjent felt." });
    const lofotenReport = await db.evaluation.create({ data: { schemeId: "dekom", regionId: lofoten.id, year: 2026 } });
    const afterCreate = await snapshot();
    expect(await saveField(db, kari, { evaluationId: lofotenReport.id, field: "effect", base: "", value: "x" })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await submitEvaluation(db, kari, { evaluationId: lofotenReport.id, version: 1 }, oslo("2027-01-10T10:00:00+01:00"))).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await snapshot()).toEqual(afterCreate);
    expect(before.evaluations.length + 1).toBe(afterCreate.evaluations.length);
  });
});

describe("submitting by the deadline", () => {
  it("refuses after 1 February 23:59:59 Oslo, then accepts within an extension Statsforvalteren granted", async () => {
    let e = await report();
    for (const [field, value] of [["process", "Samlinger etter dialogkonferansemodellen."], ["structure", "SUT og SKUT i alle kommuner."]] as const) {
      await saveField(db, kari, { evaluationId: e.id, field, base: "", value });
    }
    e = await report();
    const before = await snapshot();
    expect(await submitEvaluation(db, kari, { evaluationId: e.id, version: e.version }, oslo("2027-02-02T00:00:00+01:00")))
      .toEqual({ ok: false, message: "Fristen for å levere rapporten har gått ut. Be Statsforvalteren om utsatt frist." });
    expect(await snapshot()).toEqual(before);
    expect(await grantExtension(db, kari, { regionId: vesteralen.id, schemeId: "dekom", year: "2026", until: "2027-02-15", reason: "Sykdom i RKK" })).toMatchObject({ ok: false });
    // An extension of REKOM's report leaves DEKOM's deadline where it was; a scheme the county does not run is refused at the field.
    expect(await grantExtension(db, stine, { regionId: vesteralen.id, schemeId: "rekom", year: "2026", until: "2027-02-15", reason: "Ny styrer i RKK" }))
      .toEqual({ ok: true, message: "Vesterålen har fått utsatt frist til 15. februar 2027 for rapporten om REKOM for 2026." });
    const noLift = await snapshot();
    expect(await submitEvaluation(db, kari, { evaluationId: e.id, version: e.version }, oslo("2027-02-10T12:00:00+01:00"))).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(noLift);
    expect(await grantExtension(db, stine, { regionId: vesteralen.id, schemeId: "kompetanseloftet", year: "2026", until: "2027-02-15", reason: "Ny styrer i RKK" }))
      .toMatchObject({ ok: false, fieldErrors: { schemeId: [expect.stringContaining("Kompetanseløftet")] } });
    expect(await grantExtension(db, stine, { regionId: vesteralen.id, schemeId: "dekom", year: "2026", until: "2027-02-15", reason: "Sykdom i RKK" })).toMatchObject({ ok: true });
    expect(await submitEvaluation(db, kari, { evaluationId: e.id, version: e.version }, oslo("2027-02-10T12:00:00+01:00")))
      .toEqual({ ok: true, message: "Rapporten er levert etter fristen, innenfor den forlengede fristen." });
    expect((await report())).toMatchObject({ status: "SUBMITTED", submittedLate: true });
  });

  it("a submitted report cannot be changed", async () => {
    const e = await report();
    const before = await snapshot();
    expect(await saveField(db, kari, { evaluationId: e.id, field: "effect", base: e.effect, value: "Endret etterpå" }))
      .toMatchObject({ ok: false, message: expect.stringContaining("Rapporten er levert og kan ikke endres") });
    expect(await snapshot()).toEqual(before);
  });

  it("Statsforvalteren returns it with a comment; it is fixed, resubmitted and accepted", async () => {
    let e = await report();
    expect(await returnEvaluation(db, jon, { evaluationId: e.id, version: e.version, comment: "Mangler UH-delen" })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await returnEvaluation(db, stine, { evaluationId: e.id, version: e.version, comment: "" })).toMatchObject({ ok: false });
    expect(await returnEvaluation(db, stine, { evaluationId: e.id, version: e.version, comment: "Beskriv bruken av UH-midlene." })).toMatchObject({ ok: true });
    e = await report();
    expect([e.status, e.returnComment]).toEqual(["RETURNED", "Beskriv bruken av UH-midlene."]);
    expect((await saveField(db, kari, { evaluationId: e.id, field: "moneyUse", base: "", value: "UH-midlene gikk til veiledning i fire skoler." })).ok).toBe(true);
    e = await report();
    expect((await submitEvaluation(db, kari, { evaluationId: e.id, version: e.version }, oslo("2027-02-12T12:00:00+01:00"))).ok).toBe(true);
    e = await report();
    expect(await acceptEvaluation(db, stine, { evaluationId: e.id, version: e.version })).toEqual({ ok: true, message: "Rapporten fra Vesterålen er godkjent." });
    expect((await report()).status).toBe("ACCEPTED");
  });

  it("the forum's conclusion for the year is recorded by Statsforvalteren", async () => {
    expect(await recordConclusion(db, jon, { countyId: vesteralen.countyId, schemeId: "dekom", year: "2026", adjustStrategy: "nei", reasoning: "Regionene er i rute med tiltakene." })).toMatchObject({ ok: false });
    expect(await recordConclusion(db, stine, { countyId: vesteralen.countyId, schemeId: "dekom", year: "2026", adjustStrategy: "nei", reasoning: "Regionene er i rute med tiltakene." })).toMatchObject({ ok: true });
    expect(await db.forumConclusion.findFirstOrThrow()).toMatchObject({ year: 2026, schemeId: "dekom", adjustStrategy: false });
    // REKOM's conclusion for the same year is its own; DEKOM's stays as recorded.
    expect(await recordConclusion(db, stine, { countyId: vesteralen.countyId, schemeId: "rekom", year: "2026", adjustStrategy: "ja", reasoning: "Barnehagene trenger flere veiledere." }))
      .toEqual({ ok: true, message: "Samarbeidsforumets konklusjon om REKOM for 2026 er registrert." });
    expect(await db.forumConclusion.findMany({ where: { year: 2026 }, orderBy: { schemeId: "asc" }, select: { schemeId: true, adjustStrategy: true } }))
      .toEqual([{ schemeId: "dekom", adjustStrategy: false }, { schemeId: "rekom", adjustStrategy: true }]);
  });
});

describe("attachments", () => {
  it("accepts a PDF on an editable report; refuses a wrong type, a file over 10 MB, another region and a submitted report", async () => {
    const e = await db.evaluation.create({ data: { schemeId: "dekom", regionId: vesteralen.id, year: 2021 } });
    const pdf = new TextEncoder().encode("%PDF-1.7 rapport\n%%EOF");
    expect(await addAttachment(db, kari, { evaluationId: e.id, filename: "Nettverk 2021.pdf", bytes: pdf })).toEqual({ ok: true, message: "Nettverk 2021.pdf er lagt ved." });
    const stored = await db.evaluationAttachment.findFirstOrThrow({ where: { evaluationId: e.id } });
    expect([stored.mimeType, stored.size, Buffer.from(stored.data).toString()]).toEqual(["application/pdf", pdf.length, "%PDF-1.7 rapport\n%%EOF"]);
    const before = await db.evaluationAttachment.count();
    expect(await addAttachment(db, kari, { evaluationId: e.id, filename: "virus.exe", bytes: pdf })).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("Bare PDF og kontordokumenter")] } });
    const big = new Uint8Array(10 * 1024 * 1024 + 1); big.set(pdf);
    expect(await addAttachment(db, kari, { evaluationId: e.id, filename: "stor.pdf", bytes: big })).toMatchObject({ ok: false, message: "Filen er for stor. Vedlegg kan være høyst 10 MB." });
    expect(await addAttachment(db, nina, { evaluationId: e.id, filename: "a.pdf", bytes: pdf })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    await db.evaluation.update({ where: { id: e.id }, data: { status: "SUBMITTED" } });
    expect(await addAttachment(db, kari, { evaluationId: e.id, filename: "b.pdf", bytes: pdf })).toMatchObject({ ok: false, message: expect.stringContaining("Rapporten er levert") });
    expect(await db.evaluationAttachment.count()).toBe(before);
  });

  it("removing the same attachment twice at once: one removal, one 'not found', no server error, one audit entry", async () => {
    const e = await db.evaluation.create({ data: { schemeId: "dekom", regionId: vesteralen.id, year: 2022 } });
    const pdf = new TextEncoder().encode("%PDF-1.7 x\n%%EOF");
    expect((await addAttachment(db, kari, { evaluationId: e.id, filename: "dobbel.pdf", bytes: pdf })).ok).toBe(true);
    const a = await db.evaluationAttachment.findFirstOrThrow({ where: { evaluationId: e.id } });
    const results = await Promise.all(Array.from({ length: 5 }, () => removeAttachment(db, kari, a.id)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => r.message === "Fant ikke det du ba om. Den kan være slettet.")).toBe(true);
    expect(await db.auditEntry.count({ where: { entityId: e.id, action: "evaluation.detach" } })).toBe(1);
  });
});

describe("reminders over a real SMTP server", () => {
  it("sends the 7-day reminder once to the skoleutvikler, and the missed-deadline notice once to Statsforvalteren", async () => {
    const smtp = await startSmtp();
    try {
      const mailer = smtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, from: "DEKOM-portalen <ikke-svar@dekom.invalid>" });
      await db.evaluation.updateMany({ where: { year: 2026 }, data: { status: "DRAFT" } });
      await db.deadlineExtension.deleteMany({});
      const sevenDays = oslo("2027-01-25T09:00:00+01:00");
      const sent = await runReminders(db, mailer, sevenDays, "http://portal.test");
      // Every region is reminded of DEKOM's report (the county's first scheme), and each region with REKOM money
      // for 2026 of REKOM's too (not videregående, whose REKOM share is 0): Vesterålen's skoleutvikler, and for the
      // regions with no skoleutvikler in the portal, Statsforvalteren (a reminder to no one is no reminder).
      const regions = await db.region.findMany({ where: { countyId: vesteralen.countyId } });
      const withRekom = regions.filter((r) => r.slug !== "videregaende");
      expect(sent.sort()).toEqual([...regions.map((r) => `frist:${r.id}:dekom:2026:7`), ...withRekom.map((r) => `frist:${r.id}:rekom:2026:7`)].sort());
      const toKari = smtp.received.filter((m) => m.to.includes("kari.strand@rkk.example"));
      expect(toKari).toHaveLength(2);
      const dekomToKari = toKari.find((m) => m.text.includes("Rapporten om utviklingsarbeidet i Vesterålen for 2026 (DEKOM) er ikke levert ennå."));
      const rekomToKari = toKari.find((m) => m.text.includes("Rapporten om utviklingsarbeidet i Vesterålen for 2026 (REKOM) er ikke levert ennå."));
      expect(dekomToKari?.text).toMatch(/http:\/\/portal\.test\/min-side\/evalueringer\/vesteralen\/2026\s/);
      expect(rekomToKari?.text).toContain("http://portal.test/min-side/evalueringer/vesteralen/2026?ordning=rekom");
      const toStine = smtp.received.filter((m) => m.to.includes("stine.berg@statsforvalteren.example"));
      expect(toStine).toHaveLength(regions.length - 1 + withRekom.length - 1);
      expect(toStine.find((m) => m.text.includes("Lofoten") && m.text.includes("av DEKOM"))?.text).toContain("Lofoten har ingen skoleutvikler med tilgang i DEKOM-portalen, så påminnelsen om evalueringen av DEKOM for 2026 går til Statsforvalteren.");
      // A rerun, or a restarted server, sends nothing again.
      expect(await runReminders(db, mailer, new Date(sevenDays.getTime() + 3600_000), "http://portal.test")).toEqual([]);
      expect(smtp.received).toHaveLength(regions.length + withRekom.length);

      const morningAfter = oslo("2027-02-02T07:30:00+01:00");
      expect((await runReminders(db, mailer, morningAfter, "http://portal.test")).sort()).toEqual([`mangler:${vesteralen.countyId}:dekom:2026`, `mangler:${vesteralen.countyId}:rekom:2026`]);
      const notices = smtp.received.slice(-2);
      expect(notices.map((n) => n.to)).toEqual([["stine.berg@statsforvalteren.example"], ["stine.berg@statsforvalteren.example"]]);
      for (const scheme of ["DEKOM", "REKOM"]) {
        expect(notices.find((n) => n.text.includes(`Fristen for evalueringene av ${scheme} for 2026 gikk ut i går.`))?.text).toMatch(/Disse regionene har ikke levert: [^\n]*Vesterålen/);
      }
      expect(await runReminders(db, mailer, new Date(morningAfter.getTime() + 600_000), "http://portal.test")).toEqual([]);
    } finally {
      await smtp.stop();
    }
  });

  it("a failed send is not recorded, so the next run tries again", async () => {
    const failing = { send: async () => { throw new Error("SMTP down"); } };
    await db.reminderSent.deleteMany({});
    await expect(runReminders(db, failing, oslo("2027-01-31T09:00:00+01:00"), "http://portal.test")).rejects.toThrow("SMTP down");
    expect(await db.reminderSent.count()).toBe(0);
  });
});
