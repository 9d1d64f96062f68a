// Strategy periods through the functions the server actions call: create, start the next by copying, edit,
// close; overlapping years refused under concurrency; and a year the new period covers works for money.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { closePeriod, savePeriod, startNextPeriod } from "../../src/server/structure/periods";
import { recordGrant } from "../../src/server/allocations/grant";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let stine: PortalUser;
let kari: PortalUser;
let countyId: string;

const as = (email: string) => actorByEmail(db, email);
const form = (over: Record<string, string> = {}) => ({
  countyId, name: "Strategi 2028–2031", startYear: "2028", endYear: "2031", purposes: "Bedre læring for elevene\n\nMer samarbeid",
  priorityAreas: "Lesing\nRegning", goal1Title: "Lese bedre", goal1Summary: "Alle elever leser.", goal1Strategies: "Lesekurs\nLeseplan", ...over,
});
const state = async () => ({
  periods: await db.strategyPeriod.findMany({ orderBy: { startYear: "asc" }, include: { priorityAreas: true, subGoals: true } }),
  audit: await db.auditEntry.count(),
});

beforeAll(async () => {
  db = t.db;
  stine = await as("stine.berg@statsforvalteren.example");
  kari = await as("kari.strand@rkk.example");
  countyId = (await db.county.findFirstOrThrow({ where: { slug: "nordland" } })).id;
});

describe("strategy periods", () => {
  it("the demo covers the current year: this year's grant is approved for all nine regions, and next year's can be recorded", async () => {
    expect(await db.allocation.count({ where: { schemeId: "dekom", grant: { countyId, year: 2026 }, status: "APPROVED" } })).toBe(9);
    const r = await recordGrant(db, stine, { schemeId: "dekom", countyId, year: "2027", amount: "10 000 000", receivedOn: "2027-01-20", letterRef: "Udir 2027/1", networkShare: "40", version: "0" });
    expect(r).toMatchObject({ ok: true });
    expect(await db.allocation.count({ where: { schemeId: "dekom", grant: { year: 2027 } } })).toBe(9);
  });

  it("refuses overlapping years, an end before the start, too many years and missing satsingsområder, changing nothing", async () => {
    const before = await state();
    const cases: [Record<string, string>, string, string][] = [
      [{ startYear: "2027", endYear: "2030" }, "startYear", "Årene overlapper med «Strategi for DEKOM i Nordland 2024–2027» (2024–2027)"],
      [{ startYear: "2031", endYear: "2028" }, "endYear", "Sluttåret kan ikke være før startåret."],
      [{ startYear: "2028", endYear: "2040" }, "startYear", "En strategiperiode kan vare i høyst 10 år."],
      [{ startYear: "tjueåtte" }, "startYear", "Skriv et årstall."],
      [{ endYear: "99999999999" }, "endYear", "Skriv et år før 2100."],
      [{ priorityAreas: "\n \n" }, "priorityAreas", "Skriv minst ett satsingsområde"],
    ];
    for (const [over, field, message] of cases) {
      const r = await savePeriod(db, stine, form(over));
      expect(r.ok, JSON.stringify(over)).toBe(false);
      expect(!r.ok && r.fieldErrors?.[field]?.[0], JSON.stringify(over)).toContain(message);
    }
    expect(await savePeriod(db, kari, form())).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await state()).toEqual(before);
  });

  it("five people creating the same years at once make one period", async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => savePeriod(db, stine, form())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const p = await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2028 }, include: { priorityAreas: { orderBy: { position: "asc" } }, subGoals: true } });
    expect([p.name, p.purposes, p.priorityAreas.map((a) => a.title)]).toEqual(["Strategi 2028–2031", ["Bedre læring for elevene", "Mer samarbeid"], ["Lesing", "Regning"]]);
    expect(p.subGoals).toMatchObject([{ number: 1, title: "Lese bedre", strategies: ["Lesekurs", "Leseplan"] }]);
    expect(await db.auditEntry.count({ where: { entityId: p.id, action: "period.create" } })).toBe(1);
  });

  it("starts the next period as a copy of the last, with its years and name moved", async () => {
    const r = await startNextPeriod(db, stine, { countyId });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("Strategi 2032–2035 er opprettet som kopi") });
    const p = await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2032 }, include: { priorityAreas: { orderBy: { position: "asc" } }, subGoals: true } });
    expect([p.endYear, p.priorityAreas.map((a) => a.title), p.subGoals.map((g) => g.title)]).toEqual([2035, ["Lesing", "Regning"], ["Lese bedre"]]);
    expect(await startNextPeriod(db, kari, { countyId })).toMatchObject({ ok: false });
  });

  it("edits a period: areas keep their rows when renamed, a used area cannot be removed, a stale version is refused", async () => {
    const p = await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2028 }, include: { priorityAreas: { orderBy: { position: "asc" } } } });
    const edit = (over: Record<string, string>) => savePeriod(db, stine, form({ periodId: p.id, version: String(p.version), ...over }));
    const measure = await db.measure.findFirstOrThrow();
    await db.measure.update({ where: { id: measure.id }, data: { priorityAreas: { connect: { id: p.priorityAreas[1].id } } } });
    expect(await edit({ priorityAreas: "Lesing" })).toMatchObject({ ok: false, fieldErrors: { priorityAreas: [expect.stringContaining("«Regning» brukes av tiltak")] } });
    expect(await edit({ priorityAreas: "Lesing og skriving\nRegning\nDigital kompetanse", name: "Strategi 2028–2031 (revidert)" })).toMatchObject({ ok: true });
    const after = await db.strategyPeriod.findUniqueOrThrow({ where: { id: p.id }, include: { priorityAreas: { orderBy: { position: "asc" } } } });
    expect(after.priorityAreas.map((a) => a.title)).toEqual(["Lesing og skriving", "Regning", "Digital kompetanse"]);
    // The renamed area is the same row, so the tiltak linked to "Regning" still are.
    expect(after.priorityAreas.slice(0, 2).map((a) => a.id)).toEqual(p.priorityAreas.map((a) => a.id));
    expect(await db.auditEntry.findFirst({ where: { entityId: p.id, action: "period.update" } })).toMatchObject({ before: { priorityAreas: ["Lesing", "Regning"] }, after: { name: "Strategi 2028–2031 (revidert)" } });
    expect(await edit({ name: "Gammel versjon" })).toMatchObject({ ok: false, message: expect.stringContaining("Noen andre har endret perioden") });
  });

  it("closes a period, after which it cannot be changed", async () => {
    const p = await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2032 } });
    expect(await closePeriod(db, kari, { periodId: p.id, version: String(p.version) })).toMatchObject({ ok: false });
    expect(await closePeriod(db, stine, { periodId: p.id, version: String(p.version) })).toMatchObject({ ok: true });
    const closed = await db.strategyPeriod.findUniqueOrThrow({ where: { id: p.id } });
    expect(closed.closedAt).not.toBeNull();
    expect(await savePeriod(db, stine, form({ periodId: p.id, version: String(closed.version), startYear: "2032", endYear: "2035" }))).toMatchObject({ ok: false, message: "Perioden er avsluttet og kan ikke endres." });
  });
});
