// County settings and the setup checklist, through the functions the pages and actions call.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import { updateCountySettings } from "../../src/server/structure/county-settings";
import { setupChecklist } from "../../src/domain/setup-checklist";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let stine: PortalUser;
let kari: PortalUser;
let countyId: string;
// getSetupFacts reads through the portal's own client (src/server/db.ts), pointed at this file's database.
let getSetupFacts: (countyId: string, year: number) => Promise<Parameters<typeof setupChecklist>[0]>;

const as = (email: string) => actorByEmail(db, email);
const form = (over: Record<string, string> = {}) => ({
  countyId, version: "1", name: "Nordland", forumName: "Samarbeidsforum for kompetanseutvikling i Nordland", governorName: "Statsforvalteren i Nordland",
  networkShare: "35", deadlineDay: "15", deadlineMonth: "1", reminderDays: "14, 3", ...over,
});

beforeAll(async () => {
  db = t.db;
  process.env.DATABASE_URL = t.url;
  process.env.NEXTAUTH_SECRET ??= "x".repeat(40);
  getSetupFacts = (await import("../../src/server/structure/queries")).getSetupFacts;
  stine = await as("stine.berg@statsforvalteren.example");
  kari = await as("kari.strand@rkk.example");
  countyId = (await db.county.findFirstOrThrow({ where: { slug: "nordland" } })).id;
});

describe("county settings", () => {
  it("refuses bad settings at the field, and anyone but Statsforvalteren, changing nothing", async () => {
    const before = await db.county.findUniqueOrThrow({ where: { id: countyId } });
    const cases: [Record<string, string>, string, string][] = [
      [{ networkShare: "101" }, "networkShare", "Andelen kan ikke være over 100 %."],
      [{ deadlineDay: "31", deadlineMonth: "4" }, "deadlineDay", "31.4. finnes ikke hvert år"],
      [{ deadlineDay: "29", deadlineMonth: "2" }, "deadlineDay", "29.2. finnes ikke hvert år"],
      [{ reminderDays: "7, 7" }, "reminderDays", "Samme dag står to ganger."],
      [{ reminderDays: "sju" }, "reminderDays", "Skriv dagene som hele tall"],
      [{ reminderDays: "0" }, "reminderDays", "Påminnelsesdagene må være hele tall fra 1 til 120."],
    ];
    for (const [over, field, message] of cases) {
      const r = await updateCountySettings(db, stine, form(over));
      expect(!r.ok && r.fieldErrors?.[field]?.[0], JSON.stringify(over)).toContain(message);
    }
    expect(await updateCountySettings(db, kari, form())).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await db.county.findUniqueOrThrow({ where: { id: countyId } })).toEqual(before);
  });

  it("saves a county's own key and deadline with an audit entry; grants keep the share they were recorded with", async () => {
    const grant2022 = await db.stateGrant.findFirstOrThrow({ where: { year: 2022 } });
    expect(await updateCountySettings(db, stine, form())).toMatchObject({ ok: true });
    const county = await db.county.findUniqueOrThrow({ where: { id: countyId } });
    expect([county.networkShareBasisPoints, county.reportDeadlineDay, county.reportDeadlineMonth, county.reminderDays]).toEqual([3500, 15, 1, [14, 3]]);
    expect(await db.auditEntry.findFirst({ where: { entityId: countyId, action: "county.settings" } })).toMatchObject({ before: { networkShareBasisPoints: 4000 }, after: { networkShareBasisPoints: 3500 } });
    expect((await db.stateGrant.findUniqueOrThrow({ where: { id: grant2022.id } })).networkShareBasisPoints).toBe(grant2022.networkShareBasisPoints);
    expect(await updateCountySettings(db, stine, form())).toMatchObject({ ok: false, message: expect.stringContaining("Noen andre har endret innstillingene") });
  });
});

describe("the setup checklist", () => {
  it("for the demo county: a period with a key covers 2026; eight regions lack a skoleutvikler; Vesterålen's forum is complete", async () => {
    const items = setupChecklist(await getSetupFacts(countyId, 2026));
    expect(items.filter((i) => i.code === "no-period" || i.code === "no-key")).toEqual([]);
    expect(items.filter((i) => i.code === "region-without-skoleutvikler")).toHaveLength(8);
    expect(items.filter((i) => i.code === "forum-without-leader" || i.code === "municipality-without-vote-holder")).toEqual([]);
    expect(items.some((i) => i.code === "no-samarbeidsforum")).toBe(false);
    expect(setupChecklist(await getSetupFacts(countyId, 2031)).map((i) => i.code)).toContain("no-period");
  });
});

describe("one installation, several counties", () => {
  it("a Statsforvalter with roles in two counties follows both, each at its own address; the other county's allocation pages stay closed to Nordland's", async () => {
    const { allocationCounties, getAllocationOverview, getAllocationYear } = await import("../../src/server/allocations/queries");
    const troms = await db.county.create({ data: { slug: "troms", name: "Troms", forumName: "Samarbeidsforum Troms", governorName: "Statsforvalteren i Troms og Finnmark", networkShareBasisPoints: 3500, schemes: { create: [{ schemeId: "dekom" }] } } });
    await db.strategyPeriod.create({ data: { countyId: troms.id, name: "Strategi for Troms 2026–2029", startYear: 2026, endYear: 2029 } });
    expect((await allocationCounties(stine)).map((c) => c.slug)).toEqual(["nordland"]);
    expect(await getAllocationOverview(stine, "troms")).toBeNull();
    const both = await db.user.create({ data: { email: "to.fylker@sf.example", name: "To Fylker", roles: { create: [{ role: "STATSFORVALTER", countyId }, { role: "STATSFORVALTER", countyId: troms.id }] } } });
    const actor = (await loadActor(db, both.id))!;
    expect((await allocationCounties(actor)).map((c) => c.slug)).toEqual(["nordland", "troms"]);
    expect((await getAllocationOverview(actor, "troms"))!.years.map((y) => y.year)).toEqual([2029, 2028, 2027, 2026]);
    expect((await getAllocationYear(actor, "troms", 2026))!).toMatchObject({ county: { slug: "troms", networkShareBasisPoints: 3500 }, period: { name: "Strategi for Troms 2026–2029" }, grant: null, canManage: true });
    expect((await getAllocationYear(actor, "nordland", 2026))!.county.slug).toBe("nordland");
  });
});
