import { describe, expect, it } from "vitest";
import { oversight, type OversightInput } from "./oversight";

const b = (year: number, networkOre: bigint, uhOre = 0n, coFinancingOre = 0n) => ({ year, networkOre, uhOre, coFinancingOre });
const input: OversightInput = {
  years: [2026],
  regions: [
    { id: "v", name: "Vesterålen", uhPartner: "Nord universitet", allocations: [{ year: 2026, networkOre: 1000n, uhOre: 1500n, paidOre: 400n }, { year: 2025, networkOre: 9n, uhOre: 9n, paidOre: 9n }], evaluations: [{ year: 2026, status: "DRAFT" }] },
    { id: "l", name: "Lofoten", uhPartner: "Nord universitet", allocations: [], evaluations: [] },
  ],
  measures: [
    { regionId: "v", networkId: "n1", uhPartner: null, ownerIds: ["a", "b"], budgets: [b(2026, 600n, 300n, 180n), b(2027, 5n)] },
    { regionId: "v", networkId: null, uhPartner: "UiT", ownerIds: ["a"], budgets: [b(2026, 301n, 100n)] },
  ],
  networks: [{ id: "n1", regionId: "v", name: "Skoleledernettverket", participants: 4, gatherings: [{ year: 2026, present: 3 }, { year: 2026, present: 4 }, { year: 2025, present: 1 }] }],
  owners: [
    { id: "a", regionId: "v", name: "Sortland kommune", schoolsInNetworks: 2, coFinancing: [{ year: 2026, amountOre: 100n }] },
    { id: "b", regionId: "v", name: "Bø kommune", schoolsInNetworks: 1, coFinancing: [] },
  ],
};

describe("oversight", () => {
  const o = oversight(input);
  it("per region: allocated, planned and paid in the chosen years only", () => {
    expect(o.regions[0]).toMatchObject({ allocatedNetworkOre: 1000n, allocatedUhOre: 1500n, paidOre: 400n, plannedNetworkOre: 901n, plannedUhOre: 400n, evaluations: [{ year: 2026, status: "DRAFT" }] });
    expect(o.regions[1]).toMatchObject({ allocatedNetworkOre: 0n, plannedNetworkOre: 0n });
  });
  it("per network: its tiltak's money, its schools and the attendance at its gatherings", () => {
    expect(o.networks).toEqual([{ id: "n1", name: "Skoleledernettverket", regionId: "v", plannedNetworkOre: 600n, plannedUhOre: 300n, plannedCoFinancingOre: 180n, participants: 4, gatherings: 2, attendancePercent: 88 }]);
  });
  it("per UH partner: the tiltak's own partner, else the region's", () => {
    expect(o.uh).toEqual([
      { name: "Nord universitet", regions: 1, measures: 1, plannedUhOre: 300n, plannedNetworkOre: 600n },
      { name: "UiT", regions: 1, measures: 1, plannedUhOre: 100n, plannedNetworkOre: 301n },
    ]);
  });
  it("per school owner: its share of the plan's state money, the 30 % egenandel and what is recorded", () => {
    expect(o.owners).toEqual([
      { id: "a", name: "Sortland kommune", regionId: "v", schoolsInNetworks: 2, stateOre: 601n, requiredOre: 181n, recordedOre: 100n },
      { id: "b", name: "Bø kommune", regionId: "v", schoolsInNetworks: 1, stateOre: 300n, requiredOre: 90n, recordedOre: 0n },
    ]);
    // Every øre of the tiltak with owners is shared out.
    expect(o.owners.reduce((s, x) => s + x.stateOre, 0n)).toBe(901n);
  });
  it("across several years adds them up", () => {
    expect(oversight({ ...input, years: [2025, 2026, 2027] }).regions[0]).toMatchObject({ allocatedNetworkOre: 1009n, plannedNetworkOre: 906n });
  });
});
