// The behovsmelding through the functions its server actions call, with the clock injected: Sortland's owner
// reports needs for 2027–2029 before 1 February 2027, is refused after it until Statsforvalteren grants an
// extension, and submits once. Every refusal leaves the database as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { grantNeedsExtension, removeNeedsLine, saveNeedsLine, submitNeeds } from "../../src/server/needs/service";
import { chooseLanguageAction } from "../../src/server/language/actions";
import { session } from "../support/fake-session";
import type { Db } from "../../src/server/prisma-client";
import { runNeedsReminders } from "../../src/server/needs/reminders";
import { smtpMailer } from "../../src/server/mail";
import { startSmtp } from "../support/smtp";

const t = useTestDatabase();
let db: Db;
const u: Record<string, PortalUser> = {};
let sortland: string;
let andoy: string;
let area: string;
const before = new Date("2026-12-01T10:00:00Z");
const lastMoment = new Date("2027-02-01T22:59:59.999Z"); // 23:59:59.999 in Oslo
const after = new Date("2027-02-01T23:00:00.000Z");
const forbidden = { ok: false, message: "Du har ikke tilgang til å gjøre dette." };

const as = (email: string) => actorByEmail(db, email);
const state = async () => ({
  reports: await db.needsReport.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, status: true } }),
  lines: await db.needsLine.count(), extensions: await db.needsExtension.count(), audit: await db.auditEntry.count(),
});
const version = async () => String((await db.needsReport.findUnique({ where: { schoolOwnerId_year_schemeId: { schoolOwnerId: sortland, year: 2027, schemeId: "dekom" } } }))?.version ?? 0);
const line = async (extra: Record<string, string> = {}) => ({ schoolOwnerId: sortland, schemeId: "dekom", year: "2027", version: await version(), priorityAreaId: area, targetGroup: "Lærere på 1.–4. trinn", staffCount: "14", measureKind: "NETTVERK", uhPartner: "Nord universitet", fromYear: "2027", toYear: "2028", ...extra });

beforeAll(async () => {
  db = t.db;
  u.owner = await as("lene.karlsen@sortland.example");
  u.sf = await as("stine.berg@statsforvalteren.example");
  u.uh = await as("nina.lund@nord.example");
  u.su = await as("kari.strand@rkk.example");
  sortland = (await db.schoolOwner.findFirstOrThrow({ where: { name: "Sortland kommune" } })).id;
  andoy = (await db.schoolOwner.findFirstOrThrow({ where: { name: "Andøy kommune" } })).id;
  const county = await db.county.findUniqueOrThrow({ where: { slug: "nordland" } });
  area = (await db.priorityArea.findFirstOrThrow({ where: { period: { countyId: county.id, startYear: 2024 } }, orderBy: { position: "asc" } })).id;
});

describe("the behovsmelding", () => {
  it("takes a need from the owner before the deadline, creating the report, with an audit entry", async () => {
    const start = await state();
    expect(await saveNeedsLine(db, u.owner, await line(), before)).toEqual({ ok: true, message: "Behovet er lagret." });
    const report = await db.needsReport.findUniqueOrThrow({ where: { schoolOwnerId_year_schemeId: { schoolOwnerId: sortland, year: 2027, schemeId: "dekom" } }, include: { lines: true } });
    expect(report.status).toBe("DRAFT");
    expect(report.lines.map((l) => [l.staffCount, l.measureKind, l.fromYear, l.toYear])).toEqual([[14, "NETTVERK", 2027, 2028]]);
    expect(await db.auditEntry.count()).toBe(start.audit + 1);
  });

  it("refuses another owner's report, other roles, bad numbers, years outside the round and an unknown area, changing nothing", async () => {
    const start = await state();
    expect(await saveNeedsLine(db, u.owner, { ...(await line()), schoolOwnerId: andoy, version: "0" }, before)).toEqual(forbidden);
    for (const who of [u.uh, u.su, u.sf]) expect(await saveNeedsLine(db, who, await line(), before)).toEqual(forbidden);
    expect(await saveNeedsLine(db, u.owner, await line({ staffCount: "-3" }), before)).toMatchObject({ fieldErrors: { staffCount: ["Skriv minst 1."] } });
    expect(await saveNeedsLine(db, u.owner, await line({ staffCount: "mange" }), before)).toMatchObject({ fieldErrors: { staffCount: [expect.any(String)] } });
    expect(await saveNeedsLine(db, u.owner, await line({ staffCount: "1000001" }), before)).toMatchObject({ fieldErrors: { staffCount: [expect.stringContaining("urimelig")] } });
    expect(await saveNeedsLine(db, u.owner, await line({ toYear: "2030" }), before)).toMatchObject({ fieldErrors: { toYear: ["Årene må ligge mellom 2027 og 2029."] } });
    const foreignArea = await db.priorityArea.create({ data: { title: "Fremmed", position: 9, regionId: (await db.region.findFirstOrThrow({ where: { slug: { not: "vesteralen" } } })).id } });
    expect(await saveNeedsLine(db, u.owner, await line({ priorityAreaId: foreignArea.id }), before)).toMatchObject({ fieldErrors: { priorityAreaId: ["Velg et satsingsområde fra listen."] } });
    expect(await saveNeedsLine(db, u.owner, await line({ version: "0" }), before)).toMatchObject({ ok: false, message: expect.stringContaining("endret av noen andre") });
    expect(await state()).toEqual(start);
  });

  it("is open until 23:59:59 on 1 February Oslo time, closed after it, and open again within an extension", async () => {
    expect(await saveNeedsLine(db, u.owner, await line({ measureKind: "KURS" }), lastMoment)).toMatchObject({ ok: true });
    const start = await state();
    const late = await saveNeedsLine(db, u.owner, await line(), after);
    expect(late).toMatchObject({ ok: false, message: expect.stringContaining("Fristen for behovsmeldingen gikk ut") });
    expect(await state()).toEqual(start);
    expect(await grantNeedsExtension(db, u.owner, { schoolOwnerId: sortland, schemeId: "dekom", year: "2027", until: "2027-02-15", reason: "Ny skolesjef" }, after)).toEqual(forbidden);
    expect(await grantNeedsExtension(db, u.sf, { schoolOwnerId: sortland, schemeId: "dekom", year: "2027", until: "2027-01-20", reason: "Ny skolesjef" }, after)).toMatchObject({ fieldErrors: { until: [expect.any(String)] } });
    // REKOM's extension does not open DEKOM's behovsmelding.
    expect(await grantNeedsExtension(db, u.sf, { schoolOwnerId: sortland, schemeId: "rekom", year: "2027", until: "2027-02-15", reason: "Ny styrer" }, after))
      .toEqual({ ok: true, message: "Sortland kommune har fått utsatt frist for behovsmeldingen om REKOM til 15. februar 2027." });
    const rekomOnly = await state();
    expect(await saveNeedsLine(db, u.owner, await line(), after)).toMatchObject({ ok: false, message: expect.stringContaining("Fristen for behovsmeldingen gikk ut") });
    expect(await state()).toEqual(rekomOnly);
    expect(await grantNeedsExtension(db, u.sf, { schoolOwnerId: sortland, schemeId: "dekom", year: "2027", until: "2027-02-15", reason: "Ny skolesjef" }, after)).toMatchObject({ ok: true });
    expect(await saveNeedsLine(db, u.owner, await line({ measureKind: "VEILEDNING" }), after)).toMatchObject({ ok: true });
    expect(await db.needsLine.count({ where: { report: { schoolOwnerId: sortland, year: 2027 } } })).toBe(3);
  });

  it("is submitted once with its needs; after that nothing is added or removed", async () => {
    const report = await db.needsReport.findUniqueOrThrow({ where: { schoolOwnerId_year_schemeId: { schoolOwnerId: sortland, year: 2027, schemeId: "dekom" } }, include: { lines: true } });
    expect(await removeNeedsLine(db, u.owner, { lineId: report.lines[2]!.id, version: await version() }, after)).toEqual({ ok: true, message: "Behovet er fjernet." });
    expect(await submitNeeds(db, u.owner, { schemeId: "dekom", schoolOwnerId: andoy, year: "2027", version: "0" }, after)).toEqual(forbidden);
    expect(await submitNeeds(db, u.owner, { schemeId: "dekom", schoolOwnerId: sortland, year: "2027", version: await version() }, after)).toEqual({ ok: true, message: "Behovsmeldingen 2027 for Sortland kommune er sendt inn." });
    expect(await db.needsReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "SUBMITTED", submittedById: u.owner.id });
    const start = await state();
    expect(await saveNeedsLine(db, u.owner, await line(), after)).toMatchObject({ ok: false, message: "Behovsmeldingen er sendt inn og kan ikke endres." });
    expect(await submitNeeds(db, u.owner, { schemeId: "dekom", schoolOwnerId: sortland, year: "2027", version: await version() }, after)).toMatchObject({ ok: false, message: "Behovsmeldingen er sendt inn og kan ikke endres." });
    expect(await state()).toEqual(start);
  });

  it("cannot be submitted empty", async () => {
    const olderOwner = await db.schoolOwner.findFirstOrThrow({ where: { name: "Sortland kommune" } });
    expect(await submitNeeds(db, u.owner, { schemeId: "dekom", schoolOwnerId: olderOwner.id, year: "2028", version: "0" }, before)).toEqual({ ok: false, message: "Legg inn minst ett behov før du sender inn." });
  });
});

describe("reminders over a real SMTP server", () => {
  it("remind an owner who has not submitted, 7 days before, once, each user in the written standard they chose; an owner who has submitted gets nothing", async () => {
    await db.user.create({ data: { email: "skolesjef@andoy.example", name: "Skolesjef Andøy", roles: { create: { role: "SKOLEEIER", schoolOwnerId: andoy } } } });
    // A second user of the owner chooses nynorsk in the portal's header, signed in (the real server action); the
    // same choice again writes nothing, and a choice made signed out is only the reader's cookie.
    const rektor = await db.user.create({ data: { email: "oppvekst@andoy.example", name: "Oppvekstsjef Andøy", roles: { create: { role: "SKOLEEIER", schoolOwnerId: andoy } } } });
    const choose = (sprak: string) => { const f = new FormData(); f.set("sprak", sprak); return chooseLanguageAction(null, f); };
    const audit = () => db.auditEntry.count();
    (globalThis as { dekomDb?: Db }).dekomDb = db; // the server action's db() is this test's database
    session.user = null;
    const signedOut = await audit();
    expect(await choose("nn")).toMatchObject({ ok: true });
    expect(await audit()).toBe(signedOut);
    session.user = await actorByEmail(db, "oppvekst@andoy.example");
    expect(await choose("nn")).toMatchObject({ ok: true });
    expect(await choose("nn")).toMatchObject({ ok: true });
    session.user = null;
    expect(await db.user.findUniqueOrThrow({ where: { id: rektor.id } })).toMatchObject({ language: "nn" });
    expect(await db.auditEntry.findMany({ where: { entityId: rektor.id, action: "user.language" }, select: { before: true, after: true } })).toEqual([{ before: { language: null }, after: { language: "nn" } }]);
    const smtp = await startSmtp();
    try {
      const mailer = smtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, from: "DEKOM-portalen <ikke-svar@dekom.invalid>" });
      const sevenDays = new Date("2027-01-25T08:00:00Z");
      expect(await runNeedsReminders(db, mailer, sevenDays, "http://portal.test")).toEqual([`frist:behov:${andoy}:dekom:2027:7`]);
      // One reminder, as two e-mails: bokmål to the user who never chose, nynorsk to the one who chose it.
      expect(smtp.received.map((m) => m.to)).toEqual([["skolesjef@andoy.example"], ["oppvekst@andoy.example"]]);
      expect(smtp.received[0]!.text).toContain("Behovsmeldingen om DEKOM for Andøy kommune (kompetansebehov for 2027–2029) er ikke sendt inn ennå.");
      expect(smtp.received[1]!.text).toContain("Behovsmeldinga om DEKOM for Andøy kommune (kompetansebehov for 2027–2029) er ikkje send inn enno.");
      for (const m of smtp.received) expect(m.text).toContain("http://portal.test/min-side/behov/nordland/2027");
      expect(await runNeedsReminders(db, mailer, new Date(sevenDays.getTime() + 3_600_000), "http://portal.test")).toEqual([]);
      expect(smtp.received).toHaveLength(2);
    } finally {
      await smtp.stop();
    }
  });
});
