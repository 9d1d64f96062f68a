// The Samarbeidsforum's innstilling through the functions its server actions call: Statsforvalteren assembles it
// from an adopted plan, a submitted behovsmelding and the allocation, the forum comments, it is adopted once by a
// decided case and published as a PDF whose text (æøå and Sami letters included) can be extracted.
import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { adoptRecommendation, assembleRecommendationDraft, commentRecommendation, contentOf, saveRecommendationText } from "../../src/server/recommendations/service";
import { recommendationPdf } from "../../src/server/recommendations/pdf";
import { formatNok } from "../../src/domain/money";
import type { Db } from "../../src/server/prisma-client";
import { recordConsensus } from "../../src/server/voting/service";

const t = useTestDatabase();
let db: Db;
const u: Record<string, PortalUser> = {};
let countyId: string;
let regionId: string;
const forbidden = { ok: false, message: "Du har ikke tilgang til å gjøre dette." };
const as = (email: string) => actorByEmail(db, email);
const rec = () => db.recommendation.findUniqueOrThrow({ where: { countyId_schemeId_year: { countyId, year: 2026, schemeId: "dekom" } } });

beforeAll(async () => {
  db = t.db;
  u.sf = await as("stine.berg@statsforvalteren.example");
  u.forum = await as("jon.nyland@ks.example");
  u.uh = await as("nina.lund@nord.example");
  countyId = (await db.county.findUniqueOrThrow({ where: { slug: "nordland" } })).id;
  const region = await db.region.findFirstOrThrow({ where: { slug: "vesteralen" } });
  regionId = region.id;
  // Vesterålen's adopted plan for 2024–2027 with one tiltak for Lamarka, Sortland's submitted behovsmelding for 2026.
  const period = await db.strategyPeriod.findFirstOrThrow({ where: { countyId, startYear: 2024 } });
  const lamarka = await db.school.findFirstOrThrow({ where: { name: "Lamarka" } });
  const plan = await db.regionPlan.create({ data: { schemeId: "dekom", regionId, periodId: period.id, status: "ADOPTED", adoptedAt: new Date() } });
  await db.goal.create({ data: { planId: plan.id, regionId, number: 1, title: "Lesing", measures: { create: {
    number: 1, title: "Lesekurs for Sámi-elever og lærere: æøå", startYear: 2026, endYear: 2027, uhPartner: "Nord universitet",
    schools: { connect: { id: lamarka.id } }, budgets: { create: { year: 2026, networkOre: 100_000_00n, uhOre: 50_000_00n, coFinancingOre: 30_000_00n } },
  } } } });
  const area = await db.priorityArea.findFirstOrThrow({ where: { periodId: period.id } });
  await db.needsReport.create({ data: { schemeId: "dekom", schoolOwnerId: lamarka.ownerId, year: 2026, status: "SUBMITTED", submittedAt: new Date(), lines: { create: { priorityAreaId: area.id, targetGroup: "Lærere", staffCount: 12, measureKind: "KURS", fromYear: 2026, toYear: 2027 } } } });
});

describe("the innstilling", () => {
  it("is assembled by Statsforvalteren only, from the adopted plan, the behovsmelding and the allocation", async () => {
    expect(await assembleRecommendationDraft(db, u.forum, { schemeId: "dekom", countyId, year: "2026", version: "0" })).toEqual(forbidden);
    expect(await assembleRecommendationDraft(db, u.sf, { schemeId: "dekom", countyId, year: "2026", version: "0" })).toMatchObject({ ok: true });
    const { assembled } = contentOf((await rec()).content);
    const v = assembled.regions.find((r) => r.id === regionId)!;
    const allocation = await db.allocation.findFirstOrThrow({ where: { regionId, schemeId: "dekom", grant: { year: 2026 } } });
    expect(v.allocation).toEqual({ networkOre: allocation.networkOre, uhOre: allocation.uhOre });
    expect(v.measures.map((m) => [m.title, m.participants, m.owners, m.budget?.networkOre])).toEqual([["Lesekurs for Sámi-elever og lærere: æøå", ["Lamarka"], ["Sortland kommune"], 100_000_00n]]);
    expect(v.planned).toEqual({ networkOre: 100_000_00n, uhOre: 50_000_00n, coFinancingOre: 30_000_00n });
    expect(v.withinAllocation).toBe(true);
    expect(v.needs).toEqual([{ area: expect.any(String), staff: 12, owners: 1 }]);
    expect(assembled.regions.filter((r) => r.id !== regionId).every((r) => !r.planAdopted && r.measures.length === 0)).toBe(true);
    // Every region's allocation adds up to the county's network pot for the year, to the øre.
    const all = await db.allocation.findMany({ where: { schemeId: "dekom", grant: { countyId, year: 2026 } } });
    expect(assembled.totals.allocatedNetworkOre).toBe(all.reduce((s, a) => s + a.networkOre, 0n));
  });

  it("takes Statsforvalteren's text and the forum's comments, not from a stale page or someone outside the forum", async () => {
    const r = await rec();
    expect(await saveRecommendationText(db, u.sf, { recommendationId: r.id, version: String(r.version), intro: "Forumet anbefaler tiltakene.", notes: { [regionId]: "Godt forankret i behovene." } })).toMatchObject({ ok: true });
    expect(await saveRecommendationText(db, u.sf, { recommendationId: r.id, version: String(r.version), intro: "Gammel tekst" })).toMatchObject({ ok: false, message: expect.stringContaining("endret av noen andre") });
    expect(contentOf((await rec()).content)).toMatchObject({ intro: "Forumet anbefaler tiltakene.", notes: { [regionId]: "Godt forankret i behovene." } });
    expect(await commentRecommendation(db, u.uh, { recommendationId: r.id, text: "Hei" })).toEqual(forbidden);
    expect(await commentRecommendation(db, u.forum, { recommendationId: r.id, text: "KS støtter innstillingen." })).toMatchObject({ ok: true });
    expect(await db.recommendationComment.count({ where: { recommendationId: r.id } })).toBe(1);
  });

  it("is adopted once by a decided case of the Samarbeidsforum, and the same case cannot adopt another year's", async () => {
    const r = await rec();
    const samCase = await db.case.findFirstOrThrow({ where: { meeting: { forum: { countyId, regionId: null } } } });
    const regionCase = await db.case.findFirstOrThrow({ where: { meeting: { forum: { regionId } } } });
    await db.case.update({ where: { id: samCase.id }, data: { status: "OPEN" } });
    expect(await adoptRecommendation(db, u.sf, { recommendationId: r.id, version: String(r.version), caseId: samCase.id })).toMatchObject({ ok: false, fieldErrors: { caseId: [expect.stringContaining("ikke avgjort")] } });
    expect(await adoptRecommendation(db, u.sf, { recommendationId: r.id, version: String(r.version), caseId: regionCase.id })).toMatchObject({ ok: false, fieldErrors: { caseId: ["Saken hører ikke til fylkets samarbeidsforum."] } });
    await db.case.update({ where: { id: samCase.id }, data: { status: "DECIDED" } });
    expect(await adoptRecommendation(db, u.sf, { recommendationId: r.id, version: String(r.version), caseId: samCase.id })).toEqual({ ok: true, message: `Innstillingen for 2026 er vedtatt i sak ${samCase.number} og publisert.` });
    const adopted = await rec();
    expect(adopted).toMatchObject({ status: "ADOPTED", adoptedCaseId: samCase.id });
    expect(await adoptRecommendation(db, u.sf, { recommendationId: r.id, version: String(adopted.version), caseId: samCase.id })).toEqual({ ok: false, message: "Innstillingen er allerede vedtatt og kan ikke endres." });
    expect(await saveRecommendationText(db, u.sf, { recommendationId: r.id, version: String(adopted.version), intro: "Etterpå" })).toMatchObject({ ok: false, message: "Innstillingen er allerede vedtatt og kan ikke endres." });
    expect(await assembleRecommendationDraft(db, u.sf, { schemeId: "dekom", countyId, year: "2027", version: "0" })).toMatchObject({ ok: true });
    const next = await db.recommendation.findUniqueOrThrow({ where: { countyId_schemeId_year: { countyId, year: 2027, schemeId: "dekom" } } });
    expect(await adoptRecommendation(db, u.sf, { recommendationId: next.id, version: String(next.version), caseId: samCase.id })).toMatchObject({ ok: false, fieldErrors: { caseId: ["Saken er allerede brukt til å vedta innstillingen for 2026."] } });
  });

  it("is a PDF with an embedded font whose text reads back with æøå and Sami letters; measured for a county with 9 regions", async () => {
    const published = await db.recommendation.findFirstOrThrow({ where: { countyId, year: 2026 }, include: { county: true, scheme: { select: { id: true, code: true, position: true } }, adoptedCase: { select: { number: true, meeting: { select: { id: true, startsAt: true } } } } } });
    const started = performance.now();
    const bytes = await recommendationPdf({ rec: published, content: contentOf(published.content), withheld: null, language: "nb" });
    const ms = performance.now() - started;
    const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect(text).toContain("Lesekurs for Sámi-elever og lærere: æøå");
    expect(text).toContain("Forumet anbefaler tiltakene.");
    expect(text.replace(/\s+/g, " ")).toContain(formatNok(100_000_00n).replace(/\s+/g, " "));
    expect(text).toContain("Vesterålen");
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/FontFile2/);
    console.log(`[innstilling] PDF for ${(await db.region.count({ where: { countyId } }))} regions: ${bytes.length} bytes, ${ms.toFixed(0)} ms`);
    expect(text).toContain("Fordeling av midlene");
  });

  it("is made in the written standard the Samarbeidsforum chose, whoever reads it; what users wrote stays as written", async () => {
    const forum = await db.forum.findFirstOrThrow({ where: { countyId, kind: "SAMARBEIDSFORUM" } });
    process.env.DATABASE_URL = t.url; // the queries use the portal's own client
    const { getPublishedRecommendation } = await import("../../src/server/recommendations/queries");
    const county = await db.county.findUniqueOrThrow({ where: { id: countyId } });
    expect((await getPublishedRecommendation(county.slug, 2026))!.language).toBe("nb");
    // The page links the schemes with an adopted innstilling this year (here only DEKOM); another scheme's is not found.
    expect((await getPublishedRecommendation(county.slug, 2026))!.schemes.map((s) => s.code)).toEqual(["dekom"]);
    expect(await getPublishedRecommendation(county.slug, 2026, "rekom")).toBeNull();
    await db.forum.update({ where: { id: forum.id }, data: { language: "nn" } });
    try {
      const published = (await getPublishedRecommendation(county.slug, 2026))!;
      expect(published.language).toBe("nn");
      const bytes = await recommendationPdf(published);
      const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, " ");
      expect(text).toContain("Fordeling av midlane");
      expect(text).toContain("Eigendel frå skuleeigarane");
      expect(text).toContain("Lesekurs for Sámi-elever og lærere: æøå");
      expect(text).not.toContain("Fordeling av midlene");
      expect(Buffer.from(bytes).toString("latin1")).toContain("nn-NO");
    } finally {
      await db.forum.update({ where: { id: forum.id }, data: { language: "nb" } });
    }
  });
});

describe("consensus", () => {
  it("is recorded by Statsforvalteren in the Samarbeidsforum, not by others, and not in a forum that votes", async () => {
    const sam = await db.meeting.findFirstOrThrow({ where: { forum: { countyId, regionId: null } }, orderBy: { startsAt: "desc" } });
    const c = await db.case.create({ data: { schemeId: "dekom", meetingId: sam.id, number: "20/26", position: 20, title: "Innstilling 2028", description: "Utkast", kind: "OKONOMISK", preparedBy: "Sekretariatet",
      proposals: { create: [{ position: 1, text: "Vedta innstillingen", priorityAreas: [] }, { position: 2, text: "Sende tilbake", priorityAreas: [] }] } }, include: { proposals: true } });
    expect(await recordConsensus(db, u.forum, { caseId: c.id, version: "1", proposalId: c.proposals[0]!.id })).toEqual(forbidden);
    expect(await recordConsensus(db, u.sf, { caseId: c.id, version: "1", proposalId: c.proposals[0]!.id })).toEqual({ ok: true, message: "Konsensus i sak 20/26 er registrert." });
    expect(await db.decision.findUniqueOrThrow({ where: { caseId: c.id } })).toMatchObject({ rule: "KONSENSUS", text: "Vedta innstillingen", recordedById: u.sf.id });
    expect(await recordConsensus(db, u.sf, { caseId: c.id, version: "2", proposalId: c.proposals[0]!.id })).toMatchObject({ ok: false, message: "Saken er allerede avgjort." });
    const regionCase = await db.case.findFirstOrThrow({ where: { status: "OPEN", meeting: { forum: { regionId } } }, include: { proposals: true } });
    expect(await recordConsensus(db, u.sf, { caseId: regionCase.id, version: String(regionCase.version), proposalId: regionCase.proposals[0]!.id })).toMatchObject({ ok: false, message: "Dette forumet avgjør saker ved avstemning, ikke ved konsensus." });
  });
});
