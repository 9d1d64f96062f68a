// The region plan through the functions its server actions call, on the demo database: the skoleutvikler
// writes a plan for 2024–2027, the budget rule refuses 1 øre over the allocation, the plan is adopted by a
// decided case and later changes become revisions; the egenandel is corrected and withdrawn. Every refusal
// leaves the database as it was; every change leaves one audit entry.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { adoptPlan, allocationLimits, removeMeasure, saveGoal, saveMeasure } from "../../src/server/plans/service";
import { correctCoFinancing, withdrawCoFinancing } from "../../src/server/allocations/key";
import { decideInCommittee } from "../../src/server/voting/service";
import { budgetProblems, type PlanSnapshot, diffPlans } from "../../src/domain/plan";
import { formatNok } from "../../src/domain/money";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
const u: Record<string, PortalUser> = {};
let region: { id: string; countyId: string };
let period: { id: string };
let allocated: bigint;
let areas: string[];
let network: string;
let schools: { id: string; name: string }[];

const as = (email: string) => actorByEmail(db, email);
const plan = () => db.regionPlan.findUniqueOrThrow({ where: { regionId_periodId_schemeId: { regionId: region.id, periodId: period.id, schemeId: "dekom" } } });
/** Everything a plan write could touch, to show a refusal changed nothing. */
const state = async () => ({
  plans: await db.regionPlan.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, status: true } }),
  goals: await db.goal.count(), measures: await db.measure.count(), budgets: await db.measureBudget.findMany({ orderBy: { id: "asc" } }),
  revisions: await db.planRevision.count(), audit: await db.auditEntry.count(),
});
const kr = (ore: bigint) => formatNok(ore).replace(/\s*kr$/, "");
const measure = (goalId: string, version: number, net2026: string, extra: Record<string, unknown> = {}) => ({
  goalId, planVersion: String(version), title: "Lesing i alle fag", responsible: "RKK", uhPartner: "Nord universitet", startYear: "2025", endYear: "2026",
  networkId: network, schoolIds: [], priorityAreaIds: areas.slice(0, 1),
  budgets: [{ year: "2025", network: "", uh: "20 000", coFinancing: "" }, { year: "2026", network: net2026, uh: "50 000", coFinancing: "30 000" }],
  ...extra,
});

beforeAll(async () => {
  db = t.db;
  u.su = await as("kari.strand@rkk.example");
  u.sf = await as("stine.berg@statsforvalteren.example");
  u.uh = await as("nina.lund@nord.example");
  u.owner = await as("lene.karlsen@sortland.example");
  region = await db.region.findFirstOrThrow({ where: { slug: "vesteralen" } });
  period = await db.strategyPeriod.findFirstOrThrow({ where: { countyId: region.countyId, startYear: 2024 } });
  allocated = (await db.allocation.findFirstOrThrow({ where: { regionId: region.id, grant: { year: 2026 } } })).networkOre;
  areas = (await db.priorityArea.findMany({ where: { periodId: period.id }, orderBy: { position: "asc" } })).map((a) => a.id);
  network = (await db.network.findFirstOrThrow({ where: { regionId: region.id } })).id;
  schools = await db.school.findMany({ where: { owner: { regionId: region.id } }, orderBy: { name: "asc" }, take: 3, select: { id: true, name: true } });
});

describe("writing a plan", () => {
  let goalId: string;

  it("the first mål creates the region's plan for the period, as a draft, with an audit entry", async () => {
    const audit = await db.auditEntry.count();
    const r = await saveGoal(db, u.su, { schemeId: "dekom", regionId: region.id, periodId: period.id, planVersion: "0", title: "Alle elever skal lese godt" });
    expect(r).toEqual({ ok: true, message: "Mål 1 er lagret." });
    const p = await plan();
    expect(p).toMatchObject({ status: "DRAFT", version: 1 });
    const goal = await db.goal.findFirstOrThrow({ where: { planId: p.id } });
    goalId = goal.id;
    expect(goal).toMatchObject({ number: 1, title: "Alle elever skal lese godt", regionId: region.id });
    expect(await db.auditEntry.count()).toBe(audit + 1);
  });

  it("a tiltak within the allocation is saved with its budget per year", async () => {
    const p = await plan();
    const half = allocated / 2n;
    const r = await saveMeasure(db, u.su, measure(goalId, p.version, kr(half)));
    expect(r).toEqual({ ok: true, message: "Tiltak 1.1 er lagret." });
    const m = await db.measure.findFirstOrThrow({ where: { goalId }, include: { budgets: { orderBy: { year: "asc" } }, priorityAreas: true } });
    expect(m.budgets.map((b) => [b.year, b.networkOre, b.uhOre, b.coFinancingOre])).toEqual([[2025, 0n, 2_000_000n, 0n], [2026, half, 5_000_000n, 3_000_000n]]);
    expect(m.priorityAreas.map((a) => a.id)).toEqual(areas.slice(0, 1));
    expect((await plan()).version).toBe(p.version + 1);
  });

  it("refuses a second tiltak that takes 2026 1 øre over the allocation, naming both amounts, and changes nothing", async () => {
    const p = await plan();
    const rest = allocated - allocated / 2n;
    const before = await state();
    const r = await saveMeasure(db, u.su, measure(goalId, p.version, kr(rest + 1n), { title: "Skolebasert vurdering", networkId: undefined, schoolIds: [schools[0]!.id] }));
    const text = `Planlagte nettverksmidler for 2026 blir ${formatNok(allocated + 1n)}, men regionens tildeling er ${formatNok(allocated)}: ${formatNok(1n)} for mye.`;
    expect(r).toEqual({ ok: false, message: "Planen går over tildelingen. Rett budsjettet.", fieldErrors: { net_2026: [text] } });
    expect(await state()).toEqual(before);
    // Exactly the rest is accepted.
    expect(await saveMeasure(db, u.su, measure(goalId, p.version, kr(rest), { title: "Skolebasert vurdering", networkId: undefined, schoolIds: [schools[0]!.id] }))).toMatchObject({ ok: true });
  });

  it("refuses network money in a year with no allocation", async () => {
    const p = await plan();
    const before = await state();
    const r = await saveMeasure(db, u.su, measure(goalId, p.version, "", { startYear: "2027", endYear: "2027", budgets: [{ year: "2027", network: "1", uh: "", coFinancing: "" }] }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { net_2027: [expect.stringContaining("ikke foreslått eller godkjent noen tildeling til regionen for 2027")] } });
    expect(await state()).toEqual(before);
  });

  it("names each missing part of a tiltak at its field", async () => {
    const p = await plan();
    const before = await state();
    const r = await saveMeasure(db, u.su, measure(goalId, p.version, "1", { priorityAreaIds: [], networkId: undefined, startYear: "2026", endYear: "2025" }));
    expect(r).toMatchObject({ ok: false, message: "Tiltaket har feil. Rett feltene som er markert.", fieldErrors: {
      priorityAreaIds: ["Velg minst ett satsingsområde tiltaket hører til."],
      networkId: ["Velg et nettverk eller minst én skole som tiltaket gjelder."],
      endYear: ["Sluttåret (2025) kan ikke være før startåret (2026)."],
    } });
    expect(await saveMeasure(db, u.su, measure(goalId, p.version, "-5"))).toMatchObject({ ok: false, fieldErrors: { net_2026: ["Beløpet kan ikke være negativt."] } });
    expect(await saveMeasure(db, u.su, measure(goalId, p.version, "mange"))).toMatchObject({ ok: false, fieldErrors: { net_2026: [expect.stringContaining("Skriv beløpet med tall")] } });
    expect(await state()).toEqual(before);
  });

  it("refuses a school or network of another region, a stale version, and anyone but the region's skoleutvikler", async () => {
    const p = await plan();
    const other = await db.school.findFirstOrThrow({ where: { owner: { region: { slug: { not: "vesteralen" } } } } }).catch(async () => {
      const owner = await db.schoolOwner.findFirstOrThrow({ where: { region: { slug: { not: "vesteralen" } } } });
      return db.school.create({ data: { ownerId: owner.id, name: "Fremmed skole" } });
    });
    const before = await state();
    expect(await saveMeasure(db, u.su, measure(goalId, p.version, "1", { schoolIds: [other.id] }))).toMatchObject({ ok: false, message: expect.stringContaining("hører ikke til regionen") });
    expect(await saveMeasure(db, u.su, measure(goalId, p.version - 1, "1"))).toMatchObject({ ok: false, message: expect.stringContaining("endret av noen andre") });
    for (const who of [u.uh, u.sf, u.owner]) expect(await saveMeasure(db, who, measure(goalId, p.version, "1"))).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await state()).toEqual(before);
  });

  it("two saves at once against the same version: one wins, the other is told, and the total never exceeds the allocation", async () => {
    const p = await plan();
    const g2 = await saveGoal(db, u.su, { schemeId: "dekom", regionId: region.id, periodId: period.id, goalId, planVersion: String(p.version), title: "Alle elever skal lese godt – også i digitale tekster" });
    expect(g2.ok).toBe(true);
    const v = (await plan()).version;
    const before = await state();
    const results = await Promise.all([1, 2].map(() => saveMeasure(db, u.su, measure(goalId, v, "1", { title: "Parallelt" }))));
    // The allocation is fully planned: 1 kr more is over for both, each refused by the budget rule, and nothing saved.
    expect(results.map((r) => r.message)).toEqual(["Planen går over tildelingen. Rett budsjettet.", "Planen går over tildelingen. Rett budsjettet."]);
    expect(await state()).toEqual(before);
    const [a, b] = await Promise.all([1, 2].map(() => saveMeasure(db, u.su, measure(goalId, v, "", { title: "Parallelt uten midler" }))));
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)!.message).toContain("endret av noen andre");
  });
});

describe("adoption and versions", () => {
  it("is refused with an undecided case or one of another body, then recorded with the decided case as revision 1", async () => {
    const p = await plan();
    const forum = await db.forum.findFirstOrThrow({ where: { regionId: region.id, kind: "OPPVEKSTFORUM" } });
    const open = await db.case.findFirstOrThrow({ where: { meeting: { forumId: forum.id }, status: "OPEN" } });
    const samCase = await db.case.findFirstOrThrow({ where: { meeting: { forum: { regionId: null } } } });
    const before = await state();
    expect(await adoptPlan(db, u.su, { planId: p.id, caseId: open.id, planVersion: String(p.version) })).toMatchObject({ ok: false, fieldErrors: { caseId: [expect.stringContaining("ikke avgjort")] } });
    expect(await adoptPlan(db, u.su, { planId: p.id, caseId: samCase.id, planVersion: String(p.version) })).toMatchObject({ ok: false, fieldErrors: { caseId: ["Saken hører ikke til regionens oppvekstforum."] } });
    expect(await adoptPlan(db, u.uh, { planId: p.id, caseId: open.id, planVersion: String(p.version) })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await state()).toEqual(before);

    await db.case.update({ where: { id: open.id }, data: { status: "DECIDED" } });
    expect(await adoptPlan(db, u.sf, { planId: p.id, caseId: open.id, planVersion: String(p.version) })).toEqual({ ok: true, message: `Planen er registrert som vedtatt i sak ${open.number}.` });
    const adopted = await db.regionPlan.findUniqueOrThrow({ where: { id: p.id }, include: { revisions: true } });
    expect(adopted).toMatchObject({ status: "ADOPTED", adoptedCaseId: open.id });
    expect(adopted.revisions.map((r) => r.number)).toEqual([1]);
    expect(await adoptPlan(db, u.sf, { planId: p.id, caseId: open.id, planVersion: String(adopted.version) })).toEqual({ ok: false, message: "Planen er allerede vedtatt. Endringer etter vedtaket lagres som nye versjoner." });
  });

  it("a change after adoption becomes revision 2, and the difference names the tiltak and the budget", async () => {
    const p = await plan();
    const m = await db.measure.findFirstOrThrow({ where: { goal: { planId: p.id }, title: "Skolebasert vurdering" } });
    const r = await saveMeasure(db, u.su, measure(m.goalId, p.version, "1 000", { measureId: m.id, title: "Skolebasert vurdering", networkId: undefined, schoolIds: [schools[0]!.id] }));
    expect(r).toMatchObject({ ok: true });
    const revisions = await db.planRevision.findMany({ where: { planId: p.id }, orderBy: { number: "asc" } });
    expect(revisions.map((x) => x.number)).toEqual([1, 2]);
    expect(diffPlans(revisions[0]!.snapshot as PlanSnapshot, revisions[1]!.snapshot as PlanSnapshot)).toEqual([
      { code: "measure-changed", goal: 1, measure: m.number, title: "Skolebasert vurdering", fields: ["budget"] },
    ]);
    expect(await removeMeasure(db, u.su, { measureId: m.id, planVersion: String((await plan()).version) })).toMatchObject({ ok: true });
    expect(await db.planRevision.count({ where: { planId: p.id } })).toBe(3);
  });

  it("lowering the allocation below the plan flags the plan and deletes nothing; a save that adds nothing to that year still goes through", async () => {
    const p = await plan();
    const budgets = await db.measureBudget.findMany({ where: { measure: { goal: { planId: p.id } } } });
    const alloc = await db.allocation.findFirstOrThrow({ where: { regionId: region.id, grant: { year: 2026 } } });
    const planned = budgets.filter((b) => b.year === 2026).reduce((s, b) => s + b.networkOre, 0n);
    await db.allocation.update({ where: { id: alloc.id }, data: { networkOre: planned - 100n, status: "NEEDS_REAPPROVAL", approvedNetworkOre: alloc.networkOre } });
    const measures = await db.measure.findMany({ where: { goal: { planId: p.id } }, include: { budgets: true } });
    const limits = await allocationLimits(db, region.id, "dekom", [2025, 2026]);
    expect(budgetProblems(measures, limits)).toEqual([{ code: "over-allocation", year: 2026, plannedOre: planned, allocatedOre: planned - 100n }]);
    expect(await db.measureBudget.findMany({ where: { measure: { goal: { planId: p.id } } } })).toEqual(budgets);
    const first = measures.find((m) => m.title === "Lesing i alle fag")!;
    const net = first.budgets.find((b) => b.year === 2026)!.networkOre;
    expect(await saveMeasure(db, u.su, measure(first.goalId, p.version, kr(net), { measureId: first.id, responsible: "RKK Vesterålen" }))).toMatchObject({ ok: true });
    expect(await saveMeasure(db, u.su, measure(first.goalId, (await plan()).version, kr(net + 1n), { measureId: first.id }))).toMatchObject({ ok: false, fieldErrors: { net_2026: [expect.any(String)] } });
    await db.allocation.update({ where: { id: alloc.id }, data: { networkOre: alloc.networkOre, status: alloc.status, approvedNetworkOre: null } });
  });
});

describe("egenandel entries", () => {
  it("are corrected and withdrawn with audit entries, never by a stale form, and a withdrawn one stays", async () => {
    const owner = await db.schoolOwner.findFirstOrThrow({ where: { name: { contains: "Sortland" } } });
    const row = await db.coFinancing.create({ data: { schemeId: "dekom", schoolOwnerId: owner.id, year: 2026, kind: "PENGER", amountOre: 100_000n, description: "Samlinger" } });
    const audit = await db.auditEntry.count();
    expect(await correctCoFinancing(db, u.owner, { coFinancingId: row.id, version: "1", kind: "LONN", amount: "1 500,50", description: "Lønn til ressurslærer" }))
      .toEqual({ ok: true, message: `Egenandelen for ${owner.name} er rettet til ${formatNok(150_050n)}.` });
    expect(await db.coFinancing.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ kind: "LONN", amountOre: 150_050n, version: 2 });
    expect(await correctCoFinancing(db, u.owner, { coFinancingId: row.id, version: "1", kind: "LONN", amount: "1", description: "Gammel side" })).toMatchObject({ ok: false, message: expect.stringContaining("endret av noen andre") });
    expect(await withdrawCoFinancing(db, u.uh, { coFinancingId: row.id, version: "2", reason: "Feil skoleeier" })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await withdrawCoFinancing(db, u.su, { coFinancingId: row.id, version: "2", reason: "Nei" })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await withdrawCoFinancing(db, u.su, { coFinancingId: row.id, version: "2", reason: "Registrert på feil år" })).toMatchObject({ ok: true });
    const withdrawn = await db.coFinancing.findUniqueOrThrow({ where: { id: row.id } });
    expect(withdrawn).toMatchObject({ withdrawnById: u.su.id, withdrawReason: "Registrert på feil år", amountOre: 150_050n });
    expect(await withdrawCoFinancing(db, u.su, { coFinancingId: row.id, version: "3", reason: "Registrert to ganger" })).toEqual({ ok: false, message: "Egenandelen er allerede trukket tilbake." });
    const entries = await db.auditEntry.findMany({ where: { entityId: owner.id }, orderBy: { id: "asc" }, skip: 0 });
    expect(entries.slice(-2).map((e) => e.action)).toEqual(["cofinancing.correct", "cofinancing.withdraw"]);
    expect(await db.auditEntry.count()).toBe(audit + 2);
  });
});

describe("new satsingsområder for the region", () => {
  it("keep an old area a tiltak refers to, marked as replaced, and drop the unused ones", async () => {
    const used = await db.priorityArea.findFirstOrThrow({ where: { regionId: region.id, title: "Tilpasset opplæring" } });
    const m = await db.measure.findFirstOrThrow({ where: { goal: { regionId: region.id } } });
    await db.measure.update({ where: { id: m.id }, data: { priorityAreas: { connect: { id: used.id } } } });
    const meeting = await db.meeting.findFirstOrThrow({ where: { forum: { regionId: region.id } } });
    const c = await db.case.create({ data: { schemeId: "dekom", meetingId: meeting.id, number: "99/26", position: 99, title: "Nye satsingsområder", description: "Forslag", kind: "ORDINAR", preparedBy: "AUS",
      proposals: { create: { position: 1, text: "Lesing og skriving", priorityAreas: ["Lesing og skriving"] } } }, include: { proposals: true } });
    expect(await decideInCommittee(db, u.su, { caseId: c.id, version: "1", proposalId: c.proposals[0]!.id })).toMatchObject({ ok: true });
    const areas = await db.priorityArea.findMany({ where: { regionId: region.id }, orderBy: { title: "asc" } });
    expect(areas.map((a) => [a.title, a.replacedAt !== null])).toEqual([["Lesing og skriving", false], ["Tilpasset opplæring", true]]);
    expect((await db.measure.findUniqueOrThrow({ where: { id: m.id }, include: { priorityAreas: true } })).priorityAreas.map((a) => a.title)).toContain("Tilpasset opplæring");
  });
});
