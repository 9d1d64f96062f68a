// The schemes as data: one forum (Oppvekstforum Vesterålen, steering group for DEKOM and REKOM) decides a DEKOM case
// and a REKOM case in one meeting; each scheme's money adds up on its own; a grant, key or case without a scheme (or of
// a scheme the county or forum does not run) is refused with a message and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { castBallot, closeRound, createCase, openRound } from "../../src/server/voting/service";
import { recordGrant } from "../../src/server/allocations/grant";
import { setKey } from "../../src/server/allocations/key";
import { setCountySchemes, setForumSchemes } from "../../src/server/schemes";
import { getAllocationYear, getPublishedAllocations, getRegionAllocation } from "../../src/server/allocations/queries";
import { getOversight } from "../../src/server/oversight/queries";
import { adoptPlan } from "../../src/server/plans/service";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let tor: PortalUser, stine: PortalUser, geir: PortalUser, kari: PortalUser;
let countyId: string;
const as = (email: string) => actorByEmail(db, email);
const moneyState = async () => ({
  grants: await db.stateGrant.findMany({ orderBy: { id: "asc" } }),
  allocations: await db.allocation.findMany({ orderBy: { id: "asc" } }),
  keys: await db.distributionKey.count(),
  audit: await db.auditEntry.count(),
});
const sumOf = async (schemeId: string, year: number) => {
  const rows = await db.allocation.findMany({ where: { schemeId, grant: { year } } });
  return rows.reduce((a, r) => a + r.networkOre + r.uhOre, 0n);
};

beforeAll(async () => {
  db = t.db;
  process.env.DATABASE_URL = t.url;
  [tor, stine, geir, kari] = await Promise.all(["tor.andreassen@sortland.example", "stine.berg@statsforvalteren.example", "geir.pedersen@hadsel.example", "kari.strand@rkk.example"].map(as));
  countyId = (await db.county.findUniqueOrThrow({ where: { slug: "nordland" } })).id;
});

describe("one forum, two schemes, one meeting", () => {
  it("decides the DEKOM case 13/26 and the REKOM case 20/26 of the same meeting, each recorded under its scheme", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { cases: { some: { number: "20/26" } } }, include: { cases: { include: { proposals: { orderBy: { position: "asc" } } } } } });
    const dekomCase = meeting.cases.find((c) => c.number === "13/26")!;
    const rekomCase = meeting.cases.find((c) => c.number === "20/26")!;
    expect([dekomCase.schemeId, rekomCase.schemeId]).toEqual(["dekom", "rekom"]);
    for (const [c, pick] of [[dekomCase, 0], [rekomCase, 1]] as const) {
      const opened = await openRound(db, tor, { caseId: c.id, version: c.version, minutes: 30 });
      expect(opened).toMatchObject({ ok: true });
      const roundId = (opened as { data: { roundId: string } }).data.roundId;
      for (const u of [tor, geir]) expect(await castBallot(db, u, { roundId, choice: c.proposals[pick].id })).toEqual({ ok: true, message: "Stemmen er registrert." });
      expect(await closeRound(db, tor, { roundId })).toEqual({ ok: true, message: `Sak ${c.number} er avgjort: ${c.proposals[pick].text}.` });
    }
    const decided = await db.case.findMany({ where: { meetingId: meeting.id, status: "DECIDED" }, include: { decision: true }, orderBy: { number: "asc" } });
    expect(decided.map((c) => [c.number, c.schemeId, c.decision?.rule])).toEqual([["13/26", "dekom", "FLERTALL"], ["20/26", "rekom", "FLERTALL"]]);
    expect(decided.find((c) => c.number === "20/26")!.decision!.proposalId).toBe(rekomCase.proposals[1].id);
  });

  it("a plan is adopted only by a case of its own scheme: the DEKOM case 13/26 does not adopt a REKOM plan, 20/26 does", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { slug: "vesteralen" } });
    const period = await db.strategyPeriod.findFirstOrThrow({ where: { countyId, startYear: 2024 } });
    const plan = await db.regionPlan.create({ data: { regionId: region.id, periodId: period.id, schemeId: "rekom" } });
    const [dekomCase, rekomCase] = await Promise.all(["13/26", "20/26"].map((number) => db.case.findFirstOrThrow({ where: { number, meeting: { forum: { regionId: region.id } } } })));
    expect(await adoptPlan(db, kari, { planId: plan.id, caseId: dekomCase.id, planVersion: "1" }))
      .toMatchObject({ ok: false, fieldErrors: { caseId: ["Saken gjelder DEKOM, men dette gjelder REKOM. Velg en sak om REKOM."] } });
    expect(await db.regionPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ status: "DRAFT", version: 1, adoptedCaseId: null });
    expect(await adoptPlan(db, kari, { planId: plan.id, caseId: rekomCase.id, planVersion: "1" })).toMatchObject({ ok: true });
    expect(await db.regionPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ status: "ADOPTED", adoptedCaseId: rekomCase.id });
  });

  it("a new case names its scheme: one the forum serves; none, or another, is refused at the field and nothing is added", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { cases: { some: { number: "20/26" } } } });
    const input = { meetingId: meeting.id, number: "17/26", title: "Barnehagelederne sitt nettverk 2027", description: "Program for nettverket.", kind: "ORDINAR", proposals: "Vedta\nSende tilbake" };
    const before = await db.case.count();
    expect(await createCase(db, tor, input)).toMatchObject({ ok: false, fieldErrors: { schemeId: ["Velg hvilken ordning dette gjelder."] } });
    expect(await createCase(db, tor, { ...input, schemeId: "kompetanseloftet" })).toMatchObject({ ok: false, fieldErrors: { schemeId: [expect.stringContaining("Forumet er ikke styringsgruppe for Kompetanseløftet")] } });
    expect(await createCase(db, tor, { ...input, schemeId: "finnes-ikke" })).toMatchObject({ ok: false, fieldErrors: { schemeId: [expect.stringContaining("«finnes-ikke» finnes ikke")] } });
    expect(await db.case.count()).toBe(before);
    expect(await createCase(db, tor, { ...input, schemeId: "rekom" })).toMatchObject({ ok: true });
    expect((await db.case.findFirstOrThrow({ where: { number: "17/26" } })).schemeId).toBe("rekom");
  });
});

describe("each scheme's money adds up on its own", () => {
  it("the seeded DEKOM and REKOM grants of 2026 are each distributed to the øre, never into one another", async () => {
    const [dekom, rekom] = await Promise.all(["dekom", "rekom"].map((schemeId) => db.stateGrant.findUniqueOrThrow({ where: { countyId_schemeId_year: { countyId, schemeId, year: 2026 } } })));
    expect(await sumOf("dekom", 2026)).toBe(dekom.amountOre);
    expect(await sumOf("rekom", 2026)).toBe(rekom.amountOre);
    // The public page shows the two schemes as separate sections, each with its own total.
    const published = await getPublishedAllocations("nordland");
    const y2026 = published!.years.filter((y) => y.year === 2026);
    expect(y2026.map((y) => y.schemeId)).toEqual(["dekom", "rekom"]);
    expect(y2026.map((y) => y.approved.reduce((a, r) => a + r.networkOre + r.uhOre, 0n))).toEqual([dekom.amountOre, rekom.amountOre]);
    const onlyRekom = await getPublishedAllocations("nordland", "rekom");
    expect(new Set(onlyRekom!.years.map((y) => y.schemeId))).toEqual(new Set(["rekom"]));
    expect((await getPublishedAllocations("nordland", "tull"))!.problem).toContain("«tull» finnes ikke");
  });

  it("each page's figures are one scheme's: the allocation year, a region's allocation and the oversight", async () => {
    const grants = Object.fromEntries(await Promise.all(["dekom", "rekom"].map(async (schemeId) => [schemeId, await db.stateGrant.findUniqueOrThrow({ where: { countyId_schemeId_year: { countyId, schemeId, year: 2026 } } })] as const)));
    const year = async (ordning?: string) => (await getAllocationYear(stine, "nordland", 2026, ordning))!;
    expect((await year()).grant!.id).toBe(grants.dekom.id);
    const rekomYear = await year("rekom");
    expect(rekomYear.grant!.id).toBe(grants.rekom.id);
    expect(rekomYear.grant!.allocations.reduce((a, r) => a + r.networkOre + r.uhOre, 0n)).toBe(grants.rekom.amountOre);
    expect(rekomYear.key!.schemeId).toBe("rekom");
    expect(await year("tull")).toMatchObject({ grant: null, problem: expect.stringContaining("«tull» finnes ikke") });
    const region = (await getRegionAllocation(stine, "nordland", "vesteralen", 2026, "rekom"))!;
    expect(region.allocation!.grantId).toBe(grants.rekom.id);
    // The oversight added REKOM's allocations to DEKOM's before; now each adds up to its own grant.
    for (const schemeId of ["dekom", "rekom"]) {
      const o = (await getOversight(stine, "nordland", { year: 2026, regionId: null, scheme: schemeId }))!;
      expect(o.data!.regions.reduce((a, r) => a + r.allocatedNetworkOre + r.allocatedUhOre, 0n)).toBe(grants[schemeId]!.amountOre);
    }
  });

  it("changing the REKOM grant recalculates REKOM's allocations only", async () => {
    const rekom = await db.stateGrant.findUniqueOrThrow({ where: { countyId_schemeId_year: { countyId, schemeId: "rekom", year: 2026 } } });
    const dekomBefore = await db.allocation.findMany({ where: { schemeId: "dekom" }, orderBy: { id: "asc" } });
    const r = await recordGrant(db, stine, { countyId, schemeId: "rekom", year: "2026", amount: "7 000 000,01", receivedOn: "2026-01-29", letterRef: "Udir REKOM 2026/12b", networkShare: "40", version: String(rekom.version) });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("Tildelingen for 2026 er lagret") });
    expect(await sumOf("rekom", 2026)).toBe(700_000_001n);
    expect(await db.allocation.findMany({ where: { schemeId: "dekom" }, orderBy: { id: "asc" } })).toEqual(dekomBefore);
  });

  it("a grant without a scheme, or of a scheme the county does not run, is refused at the field and changes nothing", async () => {
    const base = { countyId, year: "2027", amount: "1 000 000", receivedOn: "2027-01-20", letterRef: "Udir 2027/9", networkShare: "40", version: "0" };
    const before = await moneyState();
    expect(await recordGrant(db, stine, base)).toMatchObject({ ok: false, fieldErrors: { schemeId: ["Velg hvilken ordning dette gjelder."] } });
    expect(await recordGrant(db, stine, { ...base, schemeId: "kompetanseloftet" })).toMatchObject({ ok: false, fieldErrors: { schemeId: [expect.stringContaining("Fylket forvalter ikke Kompetanseløftet")] } });
    expect(await recordGrant(db, stine, { ...base, schemeId: "<script>" })).toMatchObject({ ok: false, fieldErrors: { schemeId: ["Velg en av ordningene i listen."] } });
    expect(await moneyState()).toEqual(before);
  });

  it("the database itself refuses an allocation whose key belongs to another scheme", async () => {
    const a = await db.allocation.findFirstOrThrow({ where: { schemeId: "rekom" } });
    const dekomKey = await db.distributionKey.findFirstOrThrow({ where: { schemeId: "dekom" } });
    await expect(db.allocation.update({ where: { id: a.id }, data: { keyId: dekomKey.id } })).rejects.toThrow(/foreign key|Foreign key/i);
  });

  it("a key is one scheme's: registering REKOM's key leaves DEKOM's current key as it was", async () => {
    const period = await db.strategyPeriod.findFirstOrThrow({ where: { countyId, startYear: 2024 } });
    const current = await db.distributionKey.findFirstOrThrow({ where: { periodId: period.id, schemeId: "rekom" }, orderBy: { seq: "desc" } });
    const dekomKey = await db.distributionKey.findFirstOrThrow({ where: { periodId: period.id, schemeId: "dekom" }, orderBy: { seq: "desc" } });
    const regions = await db.region.findMany({ where: { countyId }, orderBy: { slug: "asc" } });
    const shares = regions.map((r, i) => ({ regionId: r.id, value: i === 0 ? String(100 - (regions.length - 2) * 12) : r.slug === "videregaende" ? "0" : "12" }));
    const r = await setKey(db, stine, { periodId: period.id, schemeId: "rekom", basedOnKeyId: current.id, fromYear: "2027", decisionRef: "Samarbeidsforum sak 9/26 (REKOM)", decidedOn: "2026-11-20", basis: "PERCENT", shares });
    expect(r).toMatchObject({ ok: true, message: "Ny fordelingsnøkkel for Strategi for DEKOM i Nordland 2024–2027 er registrert." });
    expect(await db.distributionKey.findFirstOrThrow({ where: { periodId: period.id, schemeId: "dekom" }, orderBy: { seq: "desc" } })).toEqual(dekomKey);
    expect((await db.distributionKey.findFirstOrThrow({ where: { periodId: period.id, schemeId: "rekom" }, orderBy: { seq: "desc" } })).seq).toBe(current.seq + 1);
  });
});

describe("which schemes a county runs and a forum serves", () => {
  it("Statsforvalteren adds Kompetanseløftet; REKOM cannot be taken away while money and cases belong to it", async () => {
    const county = await db.county.findUniqueOrThrow({ where: { id: countyId } });
    const refused = await setCountySchemes(db, stine, { countyId, version: String(county.version), schemeIds: ["dekom"] });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { schemeIds: [expect.stringMatching(/^REKOM kan ikke tas bort: \d+ tildelinger/)] } });
    expect((await db.countyScheme.findMany({ where: { countyId } })).map((s) => s.schemeId).sort()).toEqual(["dekom", "rekom"]);
    expect(await setCountySchemes(db, stine, { countyId, version: String(county.version), schemeIds: [] })).toMatchObject({ ok: false, fieldErrors: { schemeIds: ["Velg hvilken ordning dette gjelder."] } });
    expect(await setCountySchemes(db, tor, { countyId, version: String(county.version), schemeIds: ["dekom", "rekom", "kompetanseloftet"] })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await setCountySchemes(db, stine, { countyId, version: String(county.version), schemeIds: ["dekom", "rekom", "kompetanseloftet"] })).toMatchObject({ ok: true });
    expect((await db.countyScheme.findMany({ where: { countyId } })).map((s) => s.schemeId).sort()).toEqual(["dekom", "kompetanseloftet", "rekom"]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "county.schemes" }, orderBy: { id: "desc" } });
    expect(audit.after).toEqual({ schemes: ["dekom", "rekom", "kompetanseloftet"] });
    // A second save with the version read before is told, not applied.
    expect(await setCountySchemes(db, stine, { countyId, version: String(county.version), schemeIds: ["dekom", "rekom"] })).toMatchObject({ ok: false, message: expect.stringContaining("Noen andre har endret ordningene") });
  });

  it("a forum serves only schemes its county runs, and keeps those its cases belong to", async () => {
    const county = await db.county.findUniqueOrThrow({ where: { id: countyId } });
    expect(await setCountySchemes(db, stine, { countyId, version: String(county.version), schemeIds: ["dekom", "rekom"] })).toMatchObject({ ok: true });
    const forum = await db.forum.findFirstOrThrow({ where: { kind: "OPPVEKSTFORUM" } });
    const set = (schemeIds: string[]) => setForumSchemes(db, stine, { forumId: forum.id, version: String(forum.version), schemeIds });
    expect(await set(["dekom", "rekom", "kompetanseloftet"])).toMatchObject({ ok: false, fieldErrors: { schemeIds: [expect.stringContaining("Fylket forvalter ikke Kompetanseløftet")] } });
    expect(await set(["dekom"])).toMatchObject({ ok: false, fieldErrors: { schemeIds: [expect.stringContaining("REKOM kan ikke tas bort")] } });
    expect((await db.forumScheme.findMany({ where: { forumId: forum.id } })).map((s) => s.schemeId).sort()).toEqual(["dekom", "rekom"]);
    expect(await setForumSchemes(db, tor, { forumId: forum.id, version: String(forum.version), schemeIds: ["dekom", "rekom"] })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await set(["dekom", "rekom"])).toMatchObject({ ok: true });
    expect((await db.auditEntry.findFirstOrThrow({ where: { action: "forum.schemes", entityId: forum.id } })).after).toEqual({ schemes: ["dekom", "rekom"] });
  });
});
