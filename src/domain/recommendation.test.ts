import { describe, expect, it } from "vitest";
import { assembleRecommendation, fromJson, toJson, type SourceMeasure, type SourceRegion } from "./recommendation";

const measure = (over: Partial<SourceMeasure>): SourceMeasure => ({
  goal: 1, number: 1, title: "Lesing", startYear: 2026, endYear: 2027, uhPartner: null, participants: ["Myre"], owners: ["Øksnes kommune"],
  schools: 1, schoolsMeetingCriteria: 1, budget: { networkOre: 100_00n, uhOre: 50_00n, coFinancingOre: 30_00n }, ...over,
});
const region = (over: Partial<SourceRegion>): SourceRegion => ({
  id: "v", name: "Vesterålen", uhPartner: "Nord universitet", allocation: { networkOre: 150_00n, uhOre: 225_00n }, planAdopted: true, needs: [], measures: [], ...over,
});

describe("the innstilling", () => {
  it("takes the tiltak running in the year, sums each region's money and checks it against the allocation", () => {
    const a = assembleRecommendation(2026, [
      region({ measures: [measure({}), measure({ number: 2, title: "Ledelse", owners: ["Bø kommune", "Øksnes kommune"], uhPartner: "UiT" }), measure({ number: 3, startYear: 2027, endYear: 2027 })] }),
      region({ id: "l", name: "Lofoten", allocation: { networkOre: 10n, uhOre: 0n }, measures: [measure({ budget: { networkOre: 11n, uhOre: 0n, coFinancingOre: 0n } })] }),
    ]);
    expect(a.regions[0]!.measures.map((m) => m.number)).toEqual([1, 2]);
    expect(a.regions[0]!.planned).toEqual({ networkOre: 200_00n, uhOre: 100_00n, coFinancingOre: 60_00n });
    expect(a.regions[0]!.withinAllocation).toBe(false);
    expect(a.regions[0]!.partners).toEqual({ owners: ["Bø kommune", "Øksnes kommune"], uh: ["Nord universitet", "UiT"] });
    expect(a.regions[1]!.withinAllocation).toBe(false);
    expect(a.totals).toEqual({ allocatedNetworkOre: 150_10n, allocatedUhOre: 225_00n, plannedNetworkOre: 200_11n, plannedUhOre: 100_00n, coFinancingOre: 60_00n });
  });

  it("is within the allocation when the planned network money is at most the allocated", () => {
    expect(assembleRecommendation(2026, [region({ measures: [measure({})] })]).regions[0]!.withinAllocation).toBe(true);
  });

  it("survives JSON exactly, amounts of any size included, and text that looks like a number stays text", () => {
    const a = assembleRecommendation(2026, [region({ measures: [measure({ title: "12n", budget: { networkOre: 10n ** 15n + 1n, uhOre: 0n, coFinancingOre: 0n } })], allocation: { networkOre: 10n ** 16n, uhOre: 0n } })]);
    const back = fromJson(JSON.parse(JSON.stringify(toJson(a))));
    expect(back).toEqual(a);
    expect(back.regions[0]!.measures[0]!.title).toBe("12n");
  });
});
