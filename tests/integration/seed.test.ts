// The seeded structure is the one the sources describe (seed 000 and 001).
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { seed } from "../../scripts/lib/seed.ts";
import type { Db } from "../../src/server/prisma-client.ts";

const t = useTestDatabase();
let db: Db;
beforeAll(async () => {
  db = t.db;
});

describe("Nordland (seed 000)", () => {
  it("has its forum settings as data: 40 % to the networks, reports due 1 February", async () => {
    const c = await db.county.findUniqueOrThrow({ where: { slug: "nordland" } });
    expect([c.networkShareBasisPoints, c.reportDeadlineMonth, c.reportDeadlineDay, c.timeZone]).toEqual([4000, 2, 1, "Europe/Oslo"]);
  });

  it("has 9 kompetanseregioner, one of them videregående with the county as school owner", async () => {
    const regions = await db.region.findMany({ include: { owners: true } });
    expect(regions).toHaveLength(9);
    const vgo = regions.filter((r) => r.kind === "VIDEREGAENDE");
    expect(vgo).toHaveLength(1);
    expect(vgo[0].owners.map((o) => [o.name, o.kind])).toEqual([["Nordland fylkeskommune", "FYLKESKOMMUNE"]]);
  });

  it("has a demo period 2024–2027 with a key, so that the current year works", async () => {
    const p = await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2024 }, include: { keys: { include: { shares: true } }, priorityAreas: true } });
    expect([p.endYear, p.isDemo, p.priorityAreas.length]).toEqual([2027, true, 4]);
    expect(p.keys[0].shares.reduce((sum, s) => sum + s.weight, 0)).toBe(1_000_000);
  });

  it("has the four priority areas and three delmål of 2020–2023", async () => {
    const p = await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2020 }, include: { priorityAreas: { orderBy: { position: "asc" } }, subGoals: { orderBy: { number: "asc" } } } });
    expect([p.startYear, p.endYear]).toEqual([2020, 2023]);
    expect(p.priorityAreas.map((a) => a.title)).toEqual([
      "Inkludering, identitet og kulturelt mangfold", "Tidlig innsats", "Innovasjon og entreprenørskap",
      "Aktive og kreative læringsformer og metodisk handlingsrom",
    ]);
    expect(p.subGoals.map((g) => g.title.split(" ")[0])).toEqual(["Implementere", "Etablere", "Elevene"]);
  });
});

describe("Vesterålen (seed 001)", () => {
  it("has the six municipalities and the 22 schools of fig. 3", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { slug: "vesteralen" }, include: { owners: { where: { kind: "KOMMUNE" }, include: { schools: true } } } });
    expect(region.isDemo).toBe(false);
    const byOwner = Object.fromEntries(region.owners.map((o) => [o.name, o.schools.length]));
    expect(byOwner).toEqual({
      "Andøy kommune": 2, "Bø kommune": 4, "Hadsel kommune": 5, "Lødingen kommune": 2, "Sortland kommune": 7, "Øksnes kommune": 2,
    });
  });

  it("has one SUT per municipality and one SKUT per school", async () => {
    const groups = await db.developmentGroup.findMany({ where: { owner: { region: { slug: "vesteralen" } } }, include: { schools: true } });
    expect(groups.filter((g) => g.kind === "SUT")).toHaveLength(6);
    const skut = groups.filter((g) => g.kind === "SKUT");
    expect(skut).toHaveLength(22);
    expect(skut.every((g) => g.schools.length === 1)).toBe(true);
  });

  it("has the 16-member Oppvekstforum of fig. 2 with one vote per municipality and a leader and deputy", async () => {
    const forum = await db.forum.findFirstOrThrow({ where: { region: { slug: "vesteralen" } }, include: { members: { include: { schoolOwner: true } }, committees: { include: { members: true } } } });
    expect(forum.members).toHaveLength(16);
    const perKind = forum.members.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.kind]: (acc[m.kind] ?? 0) + 1 }), {});
    expect(perKind).toEqual({ KOMMUNE: 10, PPD: 1, HTV: 1, RKK: 3, UH: 1 });
    const voters = forum.members.filter((m) => m.holdsVote);
    expect(voters.map((m) => m.schoolOwner?.name).sort()).toEqual(
      ["Andøy kommune", "Bø kommune", "Hadsel kommune", "Lødingen kommune", "Sortland kommune", "Øksnes kommune"]);
    expect(voters.every((m) => m.kind === "KOMMUNE")).toBe(true);
    expect(forum.members.filter((m) => m.position === "LEDER")).toHaveLength(1);
    expect(forum.members.filter((m) => m.position === "NESTLEDER")).toHaveLength(1);
    expect(forum.committees.map((c) => [c.kind, c.members.length])).toEqual([["AUS", 4], ["AUB", 4]]);
  });

  it("has the three satsingsområder, three mål with their tiltak, and the participation criteria", async () => {
    const region = await db.region.findUniqueOrThrow({
      where: { slug: "vesteralen" },
      include: { priorityAreas: { orderBy: { position: "asc" } }, goals: { include: { measures: true }, orderBy: { number: "asc" } }, criteria: true, networks: true },
    });
    expect(region.priorityAreas.map((a) => a.title)).toEqual(["Fagfornyelsen/LK2020", "Digital kompetanse", "Tilpasset opplæring"]);
    expect(region.goals.map((g) => g.measures.length)).toEqual([6, 5, 3]);
    expect(region.criteria).toHaveLength(12);
    expect(region.networks.filter((n) => n.schemeId === "dekom").map((n) => n.kind).sort()).toEqual(["SFO_LEDERNETTVERK", "SKOLEBASERT_TILTAK"]);
  });

  it("seeding again changes nothing", async () => {
    const before = await db.groupMember.count();
    expect(await seed(db)).toBe("already-seeded");
    expect(await db.groupMember.count()).toBe(before);
  });
});
