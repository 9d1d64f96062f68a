import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocationLimit, budgetProblems, budgetProblemsOfSave, diffPlans, measureProblems, measureSchools, ownerShares, totalsByYear, type BudgetLine, type PlanSnapshot } from "./plan";

const line = (year: number, networkOre: bigint, uhOre = 0n, coFinancingOre = 0n): BudgetLine => ({ year, networkOre, uhOre, coFinancingOre });
const years = [2024, 2025, 2026, 2027];

/** Any plan: 1–6 tiltak, each with budget lines for some of the period's years, up to 10 million kroner a line. */
const planArb = fc.array(
  fc.subarray(years, { minLength: 1 }).chain((ys) =>
    fc.tuple(...ys.map((y) => fc.bigInt({ min: 0n, max: 1_000_000_000n }).map((n) => line(y, n))))).map((budgets) => ({ budgets })),
  { minLength: 1, maxLength: 6 },
);
const limitsArb = fc.tuple(...years.map(() => fc.option(fc.bigInt({ min: 0n, max: 3_000_000_000n }), { nil: null })))
  .map((ls) => new Map(years.map((y, i) => [y, ls[i]])));

describe("the budget rule (domain.md §5.5)", () => {
  it("accepts no plan whose network money for any year exceeds the allocation, for any split between tiltak", () => {
    fc.assert(fc.property(planArb, limitsArb, (plan, limits) => {
      const accepted = budgetProblems(plan, limits).length === 0;
      for (const [year, t] of totalsByYear(plan)) {
        const limit = limits.get(year) ?? null;
        if (t.networkOre > 0n && accepted) expect(limit !== null && t.networkOre <= limit).toBe(true);
      }
    }));
  });

  it("accepts every plan that stays within the allocation in every year, however it is split", () => {
    fc.assert(fc.property(planArb, (plan) => {
      const limits = new Map([...totalsByYear(plan)].map(([y, t]) => [y, t.networkOre] as const));
      expect(budgetProblems(plan, limits)).toEqual([]);
    }));
  });

  it("refuses 1 øre over, naming the year and both amounts", () => {
    const plan = [{ budgets: [line(2026, 60_000_00n)] }, { budgets: [line(2026, 40_000_01n), line(2027, 10n)] }];
    expect(budgetProblems(plan, new Map([[2026, 100_000_00n], [2027, 10n]]))).toEqual([
      { code: "over-allocation", year: 2026, plannedOre: 100_000_01n, allocatedOre: 100_000_00n },
    ]);
  });

  it("refuses network money in a year with no allocation, but not UH money or egenandel alone", () => {
    expect(budgetProblems([{ budgets: [line(2027, 1n)] }], new Map())).toEqual([{ code: "no-allocation", year: 2027, plannedOre: 1n }]);
    expect(budgetProblems([{ budgets: [line(2027, 0n, 500n, 300n)] }], new Map())).toEqual([]);
  });

  it("plans against the approved amount, the proposal before approval, the lower of the two while a change waits, and nothing when rejected", () => {
    expect(allocationLimit({ status: "APPROVED", networkOre: 100n, approvedNetworkOre: null })).toBe(100n);
    expect(allocationLimit({ status: "DRAFT", networkOre: 80n, approvedNetworkOre: null })).toBe(80n);
    expect(allocationLimit({ status: "NEEDS_REAPPROVAL", networkOre: 70n, approvedNetworkOre: 100n })).toBe(70n);
    expect(allocationLimit({ status: "NEEDS_REAPPROVAL", networkOre: 120n, approvedNetworkOre: 100n })).toBe(100n);
    expect(allocationLimit({ status: "REJECTED", networkOre: 100n, approvedNetworkOre: null })).toBeNull();
    expect(allocationLimit(undefined)).toBeNull();
  });
});

describe("saving one tiltak", () => {
  const limits = new Map([[2026, 100n]]);
  it("is refused when it adds network money to a year that ends over the allocation", () => {
    expect(budgetProblemsOfSave([line(2026, 60n)], [], [line(2026, 41n)], limits)).toEqual([{ code: "over-allocation", year: 2026, plannedOre: 101n, allocatedOre: 100n }]);
    expect(budgetProblemsOfSave([line(2026, 60n)], [], [line(2026, 40n)], limits)).toEqual([]);
  });
  it("goes through when a lowered allocation left the year over and the save adds nothing to it, or takes some away", () => {
    expect(budgetProblemsOfSave([line(2026, 90n)], [line(2026, 30n)], [line(2026, 30n, 5n)], limits)).toEqual([]);
    expect(budgetProblemsOfSave([line(2026, 90n)], [line(2026, 30n)], [line(2026, 20n)], limits)).toEqual([]);
    expect(budgetProblemsOfSave([line(2026, 90n)], [line(2026, 30n)], [line(2026, 31n)], limits)).toHaveLength(1);
  });
});

describe("the schools a tiltak serves", () => {
  it("are its named schools, else its network's schools (people in the network are not schools)", () => {
    const network = { participants: [{ school: "Myre" }, { school: null }, { school: "Alsvåg" }] };
    expect(measureSchools({ schools: ["Lamarka"], network })).toEqual(["Lamarka"]);
    expect(measureSchools({ schools: [], network })).toEqual(["Myre", "Alsvåg"]);
    expect(measureSchools({ schools: [], network: null })).toEqual([]);
  });
});

describe("a tiltak", () => {
  const period = { startYear: 2024, endYear: 2027 };
  const ok = { startYear: 2025, endYear: 2026, priorityAreaIds: ["p"], networkId: "n", schoolIds: [], budgets: [line(2025, 1n), line(2027, 0n)] };

  it("is complete with a satsingsområde, a network or school, years inside the period and money only in its years", () => {
    expect(measureProblems(ok, period)).toEqual([]);
    expect(measureProblems({ ...ok, networkId: null, schoolIds: ["s"] }, period)).toEqual([]);
  });

  it("names each thing that is missing or wrong", () => {
    expect(measureProblems({ ...ok, priorityAreaIds: [], networkId: null }, period).map((p) => p.code)).toEqual(["no-priority-area", "no-target"]);
    expect(measureProblems({ ...ok, startYear: 2026, endYear: 2025 }, period)).toContainEqual({ code: "years-reversed", startYear: 2026, endYear: 2025 });
    expect(measureProblems({ ...ok, endYear: 2028 }, period)).toContainEqual({ code: "years-outside-period", startYear: 2025, endYear: 2028, periodStart: 2024, periodEnd: 2027 });
    expect(measureProblems({ ...ok, budgets: [line(2027, 0n, 1n)] }, period)).toEqual([{ code: "budget-outside-years", year: 2027, startYear: 2025, endYear: 2026 }]);
  });
});

describe("egenandel per school owner (domain.md §9)", () => {
  it("shares each tiltak's network money equally between its owners without making or losing an øre, and asks 30 % of each share", () => {
    const shares = ownerShares([
      { ownerIds: ["a", "b", "c"], budgets: [line(2026, 100n)] },
      { ownerIds: ["a"], budgets: [line(2026, 50n), line(2027, 999n)] },
      { ownerIds: [], budgets: [line(2026, 7n)] },
    ], 2026);
    expect(shares).toEqual([
      { ownerId: "a", stateOre: 84n, requiredOre: 26n },
      { ownerId: "b", stateOre: 33n, requiredOre: 10n },
      { ownerId: "c", stateOre: 33n, requiredOre: 10n },
    ]);
  });

  it("adds up to the money of the tiltak that have owners, for any plan", () => {
    const arb = fc.array(fc.record({ ownerIds: fc.subarray(["a", "b", "c", "d"]), budgets: fc.constant([]) as fc.Arbitrary<BudgetLine[]>, amount: fc.bigInt({ min: 0n, max: 10n ** 12n }) }), { maxLength: 8 });
    fc.assert(fc.property(arb, (ms) => {
      const plan = ms.map((m) => ({ ownerIds: m.ownerIds, budgets: [line(2026, m.amount)] }));
      const total = ownerShares(plan, 2026).reduce((s, o) => s + o.stateOre, 0n);
      expect(total).toBe(ms.filter((m) => m.ownerIds.length > 0).reduce((s, m) => s + m.amount, 0n));
    }));
  });
});

describe("versions of an adopted plan", () => {
  const measure = { id: "m1", number: 1, title: "Lesing", responsible: null, uhPartner: "Nord universitet", startYear: 2025, endYear: 2026, network: null, schools: ["Myre skole"], priorityAreas: ["Tidlig innsats"], budgets: [{ year: 2025, networkOre: "100", uhOre: "0", coFinancingOre: "0" }] };
  const v1: PlanSnapshot = { goals: [{ id: "g1", number: 1, title: "Mål", measures: [measure] }] };

  it("shows nothing for an unchanged plan", () => expect(diffPlans(v1, v1)).toEqual([]));

  it("names the tiltak and the fields that changed, and what was added or removed", () => {
    const v2: PlanSnapshot = { goals: [
      { id: "g1", number: 1, title: "Nytt mål", measures: [{ ...measure, budgets: [{ ...measure.budgets[0], networkOre: "90" }], schools: ["Alsvåg skole"] }] },
      { id: "g2", number: 2, title: "Digitalt", measures: [{ ...measure, id: "m2", title: "Pfdk" }] },
    ] };
    expect(diffPlans(v1, v2)).toEqual([
      { code: "goal-renamed", goal: 1, before: "Mål", after: "Nytt mål" },
      { code: "measure-changed", goal: 1, measure: 1, title: "Lesing", fields: ["schools", "budget"] },
      { code: "goal-added", goal: 2, title: "Digitalt" },
      { code: "measure-added", goal: 2, measure: 1, title: "Pfdk" },
    ]);
    expect(diffPlans(v2, v1)).toContainEqual({ code: "goal-removed", goal: 2, title: "Digitalt" });
    expect(diffPlans(v1, { goals: [{ ...v1.goals[0], measures: [] }] })).toEqual([{ code: "measure-removed", goal: 1, measure: 1, title: "Lesing" }]);
  });
});

describe("totals", () => {
  it("sum network, UH and egenandel per year", () => {
    expect(totalsByYear([{ budgets: [line(2026, 1n, 2n, 3n)] }, { budgets: [line(2026, 10n, 20n, 30n), line(2027, 5n)] }])).toEqual(
      new Map([[2026, { networkOre: 11n, uhOre: 22n, coFinancingOre: 33n }], [2027, { networkOre: 5n, uhOre: 0n, coFinancingOre: 0n }]]),
    );
  });
});
