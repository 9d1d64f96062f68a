// Every allocation action against PostgreSQL: the allowed path and each refusal, with the database
// checked afterwards (nothing changed on refusal; audit entries on success).
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { recordGrant } from "../../src/server/allocations/grant";
import { approveAll, decideAllocation, recordPayout } from "../../src/server/allocations/decisions";
import { recordCoFinancing, setKey } from "../../src/server/allocations/key";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let sf: PortalUser, su: PortalUser, owner: PortalUser, forum: PortalUser;
let countyId: string;

const as = (email: string) => actorByEmail(db, email);
const grantInput = (over: Record<string, unknown> = {}) => ({
  schemeId: "dekom",
  countyId, year: "2023", amount: "12 345 678,90", receivedOn: "2023-01-25", letterRef: "Udir 2023/77", networkShare: "40", version: "0", ...over,
});
/** Everything the money actions may touch, to prove a refusal changed nothing. */
const money = async () => ({
  grants: await db.stateGrant.findMany({ orderBy: { id: "asc" } }),
  allocations: await db.allocation.findMany({ orderBy: { id: "asc" } }),
  payouts: await db.payout.count(),
  keys: await db.distributionKey.count(),
  agreements: await db.shareAgreement.count(),
  cofinancing: await db.coFinancing.count(),
  audit: await db.auditEntry.count(),
});
const allocations2023 = () => db.allocation.findMany({ where: { grant: { year: 2023 } }, include: { region: true }, orderBy: { region: { name: "asc" } } });
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

beforeAll(async () => {
  db = t.db;
  sf = await as("stine.berg@statsforvalteren.example");
  su = await as("kari.strand@rkk.example");
  owner = await as("lene.karlsen@sortland.example");
  forum = await as("jon.nyland@ks.example");
  countyId = (await db.county.findUniqueOrThrow({ where: { slug: "nordland" } })).id;
  // These tests record 2025 and 2026 themselves: the demo's approved 2026 grant is taken away first.
  await db.allocation.deleteMany({ where: { grant: { countyId, year: 2026 } } });
  await db.stateGrant.deleteMany({ where: { countyId, year: 2026 } });
});

describe("recording the state grant", () => {
  it.each([
    ["a network share of 40,01 % without an agreement", { networkShare: "40,01" }, "Nettverksandelen kan ikke overstige 40\u00a0%. En annen fordeling kan bare gi mer til UH."],
    ["a network share of 35 % without an agreement", { networkShare: "35" }, "En nettverksandel under 40\u00a0% krever en registrert avtale om økt andel til UH: hvem som avtalte, når, og vedtaket."],
    ["an amount with three decimals", { amount: "12 345 678,901" }, "Skjemaet har feil. Rett feltene som er markert."],
    ["a negative amount", { amount: "-100" }, "Skjemaet har feil. Rett feltene som er markert."],
    ["a non-numeric amount", { amount: "tolv millioner" }, "Skjemaet har feil. Rett feltene som er markert."],
    ["a year outside every strategy period", { year: "2031" }, "Det finnes ingen strategiperiode for 2031. Statsforvalteren må registrere perioden først."],
  ])("refuses %s, and changes nothing", async (_what, over, message) => {
    const before = await money();
    const r = await recordGrant(db, sf, grantInput(over));
    expect(r).toMatchObject({ ok: false, message });
    expect(await money()).toEqual(before);
  });

  it("names the wrong field: three decimals, negative, not a number", async () => {
    const field = async (amount: string) => {
      const r = await recordGrant(db, sf, grantInput({ amount }));
      return r.ok ? null : r.fieldErrors?.amount;
    };
    expect(await field("1,001")).toEqual(["Beløpet kan ha høyst to desimaler (øre)."]);
    expect(await field("-1")).toEqual(["Beløpet kan ikke være negativt."]);
    expect(await field("abc")).toEqual(["Skriv beløpet med tall, for eksempel 12 345 678,90."]);
  });

  it("refuses a skoleutvikler and a forum member posting straight to the action", async () => {
    const before = await money();
    expect(await recordGrant(db, su, grantInput())).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await recordGrant(db, forum, grantInput())).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await recordGrant(db, null, grantInput())).toMatchObject({ ok: false, message: "Du må logge inn for å gjøre dette." });
    expect(await money()).toEqual(before);
  });

  it("Statsforvalteren records 12 345 678,90 kr: 4 938 271,56 kr to the networks, 7 407 407,34 kr to UH, split by the key", async () => {
    const auditBefore = await db.auditEntry.count();
    const r = await recordGrant(db, sf, grantInput());
    expect(r).toMatchObject({ ok: true, message: "Tildelingen for 2023 er lagret: 4\u00a0938\u00a0271,56\u00a0kr til nettverkene og 7\u00a0407\u00a0407,34\u00a0kr til UH." });
    const rows = await allocations2023();
    expect(rows).toHaveLength(9);
    expect(rows.every((a) => a.status === "DRAFT")).toBe(true);
    expect(sum(rows.map((a) => a.networkOre))).toBe(493_827_156n);
    expect(sum(rows.map((a) => a.uhOre))).toBe(740_740_734n);
    const vesteralen = rows.find((a) => a.region.slug === "vesteralen")!;
    // The demo key gives Vesterålen 11 %: 4 938 271,56 × 0,11 = 543 209,8716 → 543 209,87 kr (largest remainder may add 1 øre).
    expect([54_320_987n, 54_320_988n]).toContain(vesteralen.networkOre);
    expect(await db.auditEntry.count()).toBe(auditBefore + 1 + 9);
  });

  it("refuses a second save made on the version both people read", async () => {
    const before = await money();
    const r = await recordGrant(db, sf, grantInput({ amount: "1 000 000", version: "0" }));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("Noen andre har endret tildelingen") });
    expect(await money()).toEqual(before);
  });
});

describe("approving", () => {
  it("refuses an approval by a skoleutvikler posted straight to the action", async () => {
    const [a] = await allocations2023();
    const before = await money();
    expect(await decideAllocation(db, su, { allocationId: a.id, version: a.version, decision: "approve" }))
      .toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await money()).toEqual(before);
  });

  it("requires a reason to reject, then records it with who and when", async () => {
    const [a] = await allocations2023();
    const before = await money();
    expect(await decideAllocation(db, sf, { allocationId: a.id, version: a.version, decision: "reject", reason: "" }))
      .toMatchObject({ ok: false, message: "Skriv en begrunnelse for avvisningen (minst 5 tegn)." });
    expect(await money()).toEqual(before);
    const r = await decideAllocation(db, sf, { allocationId: a.id, version: a.version, decision: "reject", reason: "Planen mangler tiltak for UH-delen" });
    expect(r).toEqual({ ok: true, message: `Tildelingen til ${a.region.name} er avvist.` });
    const after = await db.allocation.findUniqueOrThrow({ where: { id: a.id } });
    expect([after.status, after.rejectionReason, after.decidedById]).toEqual(["REJECTED", "Planen mangler tiltak for UH-delen", sf.id]);
    expect(await decideAllocation(db, sf, { allocationId: a.id, version: after.version, decision: "reopen" })).toMatchObject({ ok: true });
  });

  it("two staff approving the same allocation at once: one wins, the other is told", async () => {
    const [a] = await allocations2023();
    const results = await Promise.all([1, 2].map(() => decideAllocation(db, sf, { allocationId: a.id, version: a.version, decision: "approve" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.message).toMatch(/Noen andre har endret tildelingen|allerede godkjent/);
    expect(await db.auditEntry.count({ where: { entityId: a.id, action: "allocation.approve" } })).toBe(1);
  });

  it("approve all: if one allocation changed since the page was read, none is approved", async () => {
    const waiting = (await allocations2023()).filter((a) => a.status === "DRAFT");
    const before = await money();
    const items = waiting.map((a, i) => `${a.id}:${i === 0 ? a.version + 5 : a.version}`);
    const r = await approveAll(db, sf, { grantId: waiting[0].grantId, items });
    expect(r.ok).toBe(false);
    expect(await money()).toEqual(before);
    const ok = await approveAll(db, sf, { grantId: waiting[0].grantId, items: waiting.map((a) => `${a.id}:${a.version}`) });
    expect(ok).toEqual({ ok: true, message: "8 tildelinger er godkjent." });
    expect((await allocations2023()).every((a) => a.status === "APPROVED")).toBe(true);
  });
});

describe("changing the grant after approval", () => {
  it("a lower grant sends every approved allocation back for approval, with old and new amounts", async () => {
    const before = await allocations2023();
    const grant = await db.stateGrant.findFirstOrThrow({ where: { year: 2023 } });
    const r = await recordGrant(db, sf, grantInput({ amount: "11 000 000", version: String(grant.version) }));
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("9 godkjente tildelinger er endret og må godkjennes på nytt.") });
    const after = await allocations2023();
    for (const a of after) {
      const old = before.find((b) => b.id === a.id)!;
      expect(a.status).toBe("NEEDS_REAPPROVAL");
      expect([a.approvedNetworkOre, a.approvedUhOre]).toEqual([old.networkOre, old.uhOre]);
      expect(a.networkOre < old.networkOre).toBe(true);
    }
    expect(sum(after.map((a) => a.networkOre))).toBe(440_000_000n);
    expect(sum(after.map((a) => a.uhOre))).toBe(660_000_000n);
  });

  it("a lower network share is accepted with a recorded agreement", async () => {
    const grant = await db.stateGrant.findFirstOrThrow({ where: { year: 2023 } });
    const r = await recordGrant(db, sf, grantInput({
      amount: "11 000 000", networkShare: "35", version: String(grant.version),
      agreedBy: "Samarbeidsforum for kompetanseutvikling i Nordland", agreedOn: "2023-03-01", agreementRef: "Sak 5/23",
    }));
    expect(r.ok).toBe(true);
    const saved = await db.stateGrant.findFirstOrThrow({ where: { year: 2023 }, include: { agreement: true } });
    expect([saved.networkShareBasisPoints, saved.agreement?.decisionRef]).toEqual([3500, "Sak 5/23"]);
    expect(sum((await allocations2023()).map((a) => a.networkOre))).toBe(385_000_000n);
  });
});

describe("paying out", () => {
  it("pays only approved allocations, and only once", async () => {
    const [waiting] = await allocations2023();
    const before = await money();
    expect(await recordPayout(db, sf, { allocationId: waiting.id, version: waiting.version, paidOn: "2023-04-01", reference: "Bilag 1" }))
      .toMatchObject({ ok: false, message: expect.stringContaining("er ikke godkjent, og kan ikke utbetales") });
    expect(await money()).toEqual(before);
    const approved = await db.allocation.findFirstOrThrow({ where: { grant: { year: 2022 } }, include: { region: true } });
    const r = await recordPayout(db, sf, { allocationId: approved.id, version: approved.version, paidOn: "2022-04-01", reference: "Bilag 22" });
    expect(r.ok).toBe(true);
    expect((await db.payout.findFirstOrThrow({ where: { allocationId: approved.id } })).amountOre).toBe(approved.networkOre + approved.uhOre);
    const again = await db.allocation.findUniqueOrThrow({ where: { id: approved.id } });
    expect(await recordPayout(db, sf, { allocationId: again.id, version: again.version, paidOn: "2022-04-02", reference: "Bilag 23" }))
      .toMatchObject({ ok: false, message: expect.stringContaining("allerede utbetalt i sin helhet") });
  });
});

describe("the forum's key", () => {
  const shares = async (bp: (slug: string) => string) =>
    (await db.region.findMany()).map((r) => ({ regionId: r.id, value: bp(r.slug) }));
  const periodId = async () => (await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2020 } })).id;

  const currentKey = async (period: string) => db.distributionKey.findFirstOrThrow({ where: { periodId: period }, orderBy: { seq: "desc" } });

  it("refuses a key that sums to 99,99 %", async () => {
    const before = await money();
    const period = await periodId();
    const r = await setKey(db, sf, { schemeId: "dekom", periodId: period, basedOnKeyId: (await currentKey(period)).id, fromYear: "2023", decisionRef: "Sak 9/23", decidedOn: "2023-05-01", shares: await shares((s) => (s === "bodo" ? "11,11" : "11,11")) });
    expect(r).toMatchObject({ ok: false, message: "Andelene i nøkkelen summerer til 99,99\u00a0%. De må summere til nøyaktig 100 %." });
    expect(await money()).toEqual(before);
  });

  it("is locked by approvals: the same decision is refused; a closed year's approved money never moves", async () => {
    const period = await periodId();
    const current = await currentKey(period);
    const equal = await shares((s) => (s === "vesteralen" ? "11,12" : "11,11"));
    const before = await money();
    expect(await setKey(db, sf, { schemeId: "dekom", periodId: period, basedOnKeyId: current.id, fromYear: "2023", decisionRef: current.decisionRef, decidedOn: "2023-05-01", shares: equal }))
      .toMatchObject({ ok: false, message: expect.stringContaining("låst for strategiperioden") });
    // 2022 and 2023 are over and have approved allocations: no new key may reach them.
    for (const fromYear of ["2020", "2022", "2023"]) {
      expect(await setKey(db, sf, { schemeId: "dekom", periodId: period, basedOnKeyId: current.id, fromYear, decisionRef: "Samarbeidsforum sak 9/23", decidedOn: "2023-05-01", shares: equal }))
        .toMatchObject({ ok: false, fieldErrors: { fromYear: ["2023 er avsluttet og har godkjente tildelinger, som ikke skal endres. Den nye nøkkelen kan gjelde fra 2024."] } });
    }
    expect(await setKey(db, sf, { schemeId: "dekom", periodId: period, basedOnKeyId: current.id, fromYear: "2024", decisionRef: "Samarbeidsforum sak 9/23", decidedOn: "2023-05-01", shares: equal }))
      .toMatchObject({ ok: false, fieldErrors: { fromYear: ["Velg et budsjettår i perioden (2020–2023)."] } });
    expect(await money()).toEqual(before);
  });

  it("a new key applies from its year: this year's approved allocations are sent back, last year's stay as approved and paid", async () => {
    const period = (await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2024 } })).id;
    const at = new Date("2026-11-23T12:00:00Z");
    for (const [year, amount] of [["2025", "1 000 000"], ["2026", "2 000 000"]]) {
      expect(await recordGrant(db, sf, grantInput({ year, amount, receivedOn: `${year}-01-20`, letterRef: `Udir ${year}/1` }))).toMatchObject({ ok: true });
      const waiting = await db.allocation.findMany({ where: { grant: { year: Number(year) } } });
      expect(await approveAll(db, sf, { grantId: waiting[0].grantId, items: waiting.map((a) => `${a.id}:${a.version}`) })).toMatchObject({ ok: true });
    }
    const before2025 = await db.allocation.findMany({ where: { grant: { year: 2025 } }, orderBy: { id: "asc" } });
    const current = await currentKey(period);
    const skewed = await shares((s) => (s === "vesteralen" ? "20" : s === "lofoten" ? "2,23" : "11,11"));
    expect(await setKey(db, sf, { schemeId: "dekom", periodId: period, basedOnKeyId: current.id, fromYear: "2025", decisionRef: "Samarbeidsforum sak 3/26", decidedOn: "2026-11-01", shares: skewed }, at))
      .toMatchObject({ ok: false, fieldErrors: { fromYear: [expect.stringContaining("2025 er avsluttet")] } });
    const r = await setKey(db, sf, { schemeId: "dekom", periodId: period, basedOnKeyId: current.id, fromYear: "2026", decisionRef: "Samarbeidsforum sak 3/26", decidedOn: "2026-11-01", shares: skewed }, at);
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("godkjente tildelinger må godkjennes på nytt") });
    expect(await db.allocation.findMany({ where: { grant: { year: 2025 } }, orderBy: { id: "asc" } })).toEqual(before2025);
    const now2026 = await db.allocation.findMany({ where: { grant: { year: 2026 } }, include: { region: true } });
    expect(now2026.every((a) => a.status === "NEEDS_REAPPROVAL")).toBe(true);
    const vesteralen = now2026.find((a) => a.region.slug === "vesteralen")!;
    expect(vesteralen.networkOre).toBe(800_000_00n * 2000n / 10_000n);
    expect(sum(now2026.map((a) => a.networkOre))).toBe(800_000_00n);
    // The 2025 page still shows the key 2025 was allocated with; 2026 shows the new one.
    const { getAllocationYear } = await import("../../src/server/allocations/queries");
    process.env.DATABASE_URL = t.url;
    process.env.NEXTAUTH_SECRET ??= "x".repeat(40);
    expect((await getAllocationYear(sf, "nordland", 2025))!.key!.id).toBe(current.id);
    expect((await getAllocationYear(sf, "nordland", 2026))!.key!).toMatchObject({ decisionRef: "Samarbeidsforum sak 3/26", fromYear: 2026, seq: current.seq + 1 });
  });

  it("ten people registering a key at once: one wins, the others are told, and every allocation matches the current key", async () => {
    const period = (await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2024 } })).id;
    const current = await currentKey(period);
    const at = new Date("2026-11-23T12:00:00Z");
    const variants = Array.from({ length: 10 }, (_, i) => i);
    const results = await Promise.all(variants.map(async (i) => setKey(db, sf, {
      schemeId: "dekom",
      periodId: period, basedOnKeyId: current.id, fromYear: "2026", decisionRef: `Samarbeidsforum sak ${10 + i}/26`, decidedOn: "2026-11-20",
      shares: await shares((s) => (s === "vesteralen" ? String(12 + i) : s === "lofoten" ? ((1023 - i * 100) / 100).toFixed(2).replace(".", ",") : "11,11")),
    }, at)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => r.message)).toEqual(Array(9).fill("Noen andre har registrert en ny fordelingsnøkkel mens du hadde siden åpen. Se over den gjeldende nøkkelen og prøv igjen."));
    const latest = await db.distributionKey.findFirstOrThrow({ where: { periodId: period }, orderBy: { seq: "desc" }, include: { shares: true } });
    expect(latest.seq).toBe(current.seq + 1);
    const allocations2026 = await db.allocation.findMany({ where: { grant: { year: 2026 } } });
    expect(allocations2026.every((a) => a.keyId === latest.id)).toBe(true);
    const grant = await db.stateGrant.findFirstOrThrow({ where: { year: 2026 } });
    const { allocate } = await import("../../src/domain/allocation");
    const expected = allocate(grant.amountOre, grant.networkShareBasisPoints, latest.shares);
    for (const row of expected) expect(allocations2026.find((a) => a.regionId === row.regionId)).toMatchObject({ networkOre: row.networkOre, uhOre: row.uhOre });
  });
});

describe("keys stored exactly: four decimals, or counts of teachers", () => {
  const shares = async (v: (slug: string) => string) => (await db.region.findMany()).map((r) => ({ regionId: r.id, value: v(r.slug) }));
  const at = new Date("2026-11-23T12:00:00Z");
  const period = async () => (await db.strategyPeriod.findFirstOrThrow({ where: { startYear: 2024 } })).id;
  const current = async () => db.distributionKey.findFirstOrThrow({ where: { periodId: await period() }, orderBy: { seq: "desc" } });

  it("an equal split between nine regions (11,1111 % × 8 + 11,1112 %) is stored and allocated to the øre; five decimals are refused", async () => {
    const base = { periodId: await period(), basedOnKeyId: (await current()).id, fromYear: "2026", decidedOn: "2026-11-20" };
    expect(await setKey(db, sf, { schemeId: "dekom", ...base, decisionRef: "Sak 20/26", shares: await shares((s) => (s === "bodo" ? "11,11111" : "11,1111")) }, at))
      .toMatchObject({ ok: false, fieldErrors: { shares: ["«11,11111»: Andelen kan ha høyst fire desimaler."] } });
    expect(await setKey(db, sf, { schemeId: "dekom", ...base, decisionRef: "Sak 20/26", shares: await shares((s) => (s === "bodo" ? "11,1112" : "11,1111")) }, at)).toMatchObject({ ok: true });
    const key = await current();
    expect(key.basis).toBe("PERCENT");
    const rows = await db.allocation.findMany({ where: { grant: { year: 2026 } } });
    expect(sum(rows.map((a) => a.networkOre))).toBe(800_000_00n);
    // 11,1111 % of 800 000 kr is exactly 88 888,80 kr, and 11,1112 % exactly 88 889,60 kr.
    const bodo = (await db.region.findUniqueOrThrow({ where: { slug: "bodo" } })).id;
    expect(rows.filter((a) => a.regionId !== bodo).map((a) => a.networkOre)).toEqual(Array(8).fill(88_888_80n));
    expect(rows.find((a) => a.regionId === bodo)!.networkOre).toBe(88_889_60n);
  });

  it("a key by number of teachers: shares follow the counts, the parts sum to the pot, each within 1 øre of exact", async () => {
    const regions = await db.region.findMany({ orderBy: { slug: "asc" } });
    const teachers = Object.fromEntries(regions.map((r, i) => [r.slug, String(100 + 37 * i)]));
    const r = await setKey(db, sf, { schemeId: "dekom", periodId: await period(), basedOnKeyId: (await current()).id, fromYear: "2026", basis: "TEACHERS", decisionRef: "Sak 21/26", decidedOn: "2026-11-21", shares: await shares((s) => teachers[s]) }, at);
    expect(r).toMatchObject({ ok: true });
    const key = await db.distributionKey.findFirstOrThrow({ where: { periodId: await period() }, orderBy: { seq: "desc" }, include: { shares: true } });
    expect(key.basis).toBe("TEACHERS");
    const total = key.shares.reduce((a, s) => a + s.weight, 0);
    const rows = await db.allocation.findMany({ where: { grant: { year: 2026 } } });
    expect(sum(rows.map((a) => a.networkOre))).toBe(800_000_00n);
    for (const a of rows) {
      const w = key.shares.find((s) => s.regionId === a.regionId)!.weight;
      const diff = a.networkOre * BigInt(total) - 800_000_00n * BigInt(w);
      expect(diff > -BigInt(total) && diff < BigInt(total)).toBe(true);
    }
    // A grant recorded under a key by counts uses it (the grant checks the key by its own basis).
    expect(await recordGrant(db, sf, grantInput({ year: "2027", amount: "1 000 000", receivedOn: "2027-01-20", letterRef: "Udir 2027/1" }))).toMatchObject({ ok: true });
    expect(sum((await db.allocation.findMany({ where: { grant: { year: 2027 } } })).map((a) => a.networkOre))).toBe(400_000_00n);
    expect(await setKey(db, sf, { schemeId: "dekom", periodId: await period(), basedOnKeyId: key.id, fromYear: "2026", basis: "TEACHERS", decisionRef: "Sak 22/26", decidedOn: "2026-11-22", shares: await shares(() => "12,5") }, at))
      .toMatchObject({ ok: false, fieldErrors: { shares: ["«12,5»: Antallet må være et helt tall, for eksempel 120."] } });
  });
});

describe("egenandel", () => {
  it("a skoleeier records its own municipality's co-financing; not another's; not zero", async () => {
    const sortland = await db.schoolOwner.findFirstOrThrow({ where: { name: "Sortland kommune" } });
    const hadsel = await db.schoolOwner.findFirstOrThrow({ where: { name: "Hadsel kommune" } });
    const ok = await recordCoFinancing(db, owner, { schemeId: "dekom", schoolOwnerId: sortland.id, year: "2023", kind: "FRIKJOP", amount: "150 000", description: "Frikjøp av ressurslærere, 20 %" });
    expect(ok).toEqual({ ok: true, message: "Egenandel på 150\u00a0000,00\u00a0kr er registrert for Sortland kommune." });
    const before = await money();
    expect(await recordCoFinancing(db, owner, { schemeId: "dekom", schoolOwnerId: hadsel.id, year: "2023", kind: "PENGER", amount: "1", description: "Forsøk" }))
      .toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await recordCoFinancing(db, owner, { schemeId: "dekom", schoolOwnerId: sortland.id, year: "2023", kind: "PENGER", amount: "0", description: "Null" }))
      .toMatchObject({ ok: false, fieldErrors: { amount: ["Beløpet må være større enn 0."] } });
    expect(await money()).toEqual(before);
  });
});
