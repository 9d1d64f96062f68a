// Oversight of the money and the work (issue: plans, needs and documents, item 5): per region, per network, per UH
// partner and per school owner (municipality), for one year or across the strategy period. Pure: it adds up what
// the server read; amounts are øre (bigint) and every total is the exact sum of its rows.
import { ownerShares, type BudgetLine } from "./plan";

export type OversightInput = {
  years: number[];
  regions: { id: string; name: string; uhPartner: string; allocations: { year: number; networkOre: bigint; uhOre: bigint; paidOre: bigint }[]; evaluations: { year: number; status: string }[] }[];
  measures: { regionId: string; networkId: string | null; uhPartner: string | null; ownerIds: string[]; budgets: BudgetLine[] }[];
  networks: { id: string; regionId: string; name: string; participants: number; gatherings: { year: number; present: number }[] }[];
  owners: { id: string; regionId: string; name: string; schoolsInNetworks: number; coFinancing: { year: number; amountOre: bigint }[] }[];
};

const inYears = (years: readonly number[]) => (y: number) => years.includes(y);
const sum = <T>(xs: readonly T[], f: (x: T) => bigint) => xs.reduce((s, x) => s + f(x), 0n);

export function oversight(input: OversightInput) {
  const pick = inYears(input.years);
  const budgetsOf = (m: OversightInput["measures"][number]) => m.budgets.filter((b) => pick(b.year));

  const regions = input.regions.map((r) => {
    const allocations = r.allocations.filter((a) => pick(a.year));
    const measures = input.measures.filter((m) => m.regionId === r.id);
    return {
      id: r.id, name: r.name,
      allocatedNetworkOre: sum(allocations, (a) => a.networkOre), allocatedUhOre: sum(allocations, (a) => a.uhOre), paidOre: sum(allocations, (a) => a.paidOre),
      plannedNetworkOre: sum(measures, (m) => sum(budgetsOf(m), (b) => b.networkOre)), plannedUhOre: sum(measures, (m) => sum(budgetsOf(m), (b) => b.uhOre)),
      evaluations: r.evaluations.filter((e) => pick(e.year)).sort((a, b) => a.year - b.year),
    };
  });

  const networks = input.networks.map((n) => {
    const measures = input.measures.filter((m) => m.networkId === n.id);
    const gatherings = n.gatherings.filter((g) => pick(g.year));
    return {
      id: n.id, name: n.name, regionId: n.regionId,
      plannedNetworkOre: sum(measures, (m) => sum(budgetsOf(m), (b) => b.networkOre)), plannedUhOre: sum(measures, (m) => sum(budgetsOf(m), (b) => b.uhOre)),
      plannedCoFinancingOre: sum(measures, (m) => sum(budgetsOf(m), (b) => b.coFinancingOre)),
      participants: n.participants, gatherings: gatherings.length,
      /** Present per gathering, on average, as a share of the participants (whole percent; null without gatherings or participants). */
      attendancePercent: gatherings.length && n.participants ? Math.round((gatherings.reduce((s, g) => s + g.present, 0) * 100) / (gatherings.length * n.participants)) : null,
    };
  });

  const uhNames = [...new Set(input.measures.map((m) => m.uhPartner ?? input.regions.find((r) => r.id === m.regionId)?.uhPartner ?? "").filter(Boolean))].sort((a, b) => a.localeCompare(b, "nb"));
  const uh = uhNames.map((name) => {
    const measures = input.measures.filter((m) => (m.uhPartner ?? input.regions.find((r) => r.id === m.regionId)?.uhPartner) === name && budgetsOf(m).length > 0);
    return {
      name, regions: new Set(measures.map((m) => m.regionId)).size, measures: measures.length,
      plannedUhOre: sum(measures, (m) => sum(budgetsOf(m), (b) => b.uhOre)), plannedNetworkOre: sum(measures, (m) => sum(budgetsOf(m), (b) => b.networkOre)),
    };
  });

  const shares = input.years.flatMap((y) => ownerShares(input.measures, y));
  const owners = input.owners.map((o) => {
    const mine = shares.filter((s) => s.ownerId === o.id);
    return {
      id: o.id, name: o.name, regionId: o.regionId, schoolsInNetworks: o.schoolsInNetworks,
      stateOre: sum(mine, (s) => s.stateOre), requiredOre: sum(mine, (s) => s.requiredOre), recordedOre: sum(o.coFinancing.filter((c) => pick(c.year)), (c) => c.amountOre),
    };
  });

  return { regions, networks, uh, owners };
}

export type Oversight = ReturnType<typeof oversight>;
