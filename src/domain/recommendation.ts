// The Samarbeidsforum's yearly innstilling (domain.md §9, Udir's mandate): the measures, the participants, the
// duration, how the criteria are met, which owners and which UH work together, and how the money is split between
// them. Assembled from the adopted plans, the behovsmeldinger and the allocations. Pure: values, no text.

export type SourceMeasure = {
  goal: number;
  number: number;
  title: string;
  startYear: number | null;
  endYear: number | null;
  uhPartner: string | null;
  participants: string[];
  owners: string[];
  /** Participating schools, and how many of them have confirmed every participation criterion. */
  schools: number;
  schoolsMeetingCriteria: number;
  budget: { networkOre: bigint; uhOre: bigint; coFinancingOre: bigint } | null;
};

export type SourceRegion = {
  id: string;
  name: string;
  uhPartner: string;
  allocation: { networkOre: bigint; uhOre: bigint } | null;
  planAdopted: boolean;
  measures: SourceMeasure[];
  needs: { area: string; staff: number; owners: number }[];
};

export type RecommendationRegion = SourceRegion & {
  measures: SourceMeasure[];
  planned: { networkOre: bigint; uhOre: bigint; coFinancingOre: bigint };
  /** True when the planned network money is within the allocation (domain.md §5.5). */
  withinAllocation: boolean;
  partners: { owners: string[]; uh: string[] };
};

/** Only the tiltak that run in the year take part; each region's money is summed and checked against its allocation. */
export function assembleRecommendation(year: number, regions: readonly SourceRegion[]) {
  const out: RecommendationRegion[] = regions.map((r) => {
    const measures = r.measures.filter((m) => m.startYear === null || m.endYear === null || (m.startYear <= year && year <= m.endYear));
    const planned = measures.reduce(
      (s, m) => ({ networkOre: s.networkOre + (m.budget?.networkOre ?? 0n), uhOre: s.uhOre + (m.budget?.uhOre ?? 0n), coFinancingOre: s.coFinancingOre + (m.budget?.coFinancingOre ?? 0n) }),
      { networkOre: 0n, uhOre: 0n, coFinancingOre: 0n },
    );
    const uh = [...new Set(measures.map((m) => m.uhPartner ?? r.uhPartner).filter(Boolean))].sort((a, b) => a.localeCompare(b, "nb"));
    const owners = [...new Set(measures.flatMap((m) => m.owners))].sort((a, b) => a.localeCompare(b, "nb"));
    return { ...r, measures, planned, withinAllocation: planned.networkOre <= (r.allocation?.networkOre ?? 0n), partners: { owners, uh } };
  });
  const sum = (f: (r: RecommendationRegion) => bigint) => out.reduce((s, r) => s + f(r), 0n);
  return {
    year,
    regions: out,
    totals: {
      allocatedNetworkOre: sum((r) => r.allocation?.networkOre ?? 0n), allocatedUhOre: sum((r) => r.allocation?.uhOre ?? 0n),
      plannedNetworkOre: sum((r) => r.planned.networkOre), plannedUhOre: sum((r) => r.planned.uhOre), coFinancingOre: sum((r) => r.planned.coFinancingOre),
    },
  };
}

export type Assembled = ReturnType<typeof assembleRecommendation>;

/** JSON has no bigint: amounts are stored as { $ore: "123" } and read back exactly (never mistaken for text). */
export const toJson = (a: Assembled): unknown => JSON.parse(JSON.stringify(a, (_k, v) => (typeof v === "bigint" ? { $ore: v.toString() } : v)));
export const fromJson = (j: unknown): Assembled =>
  JSON.parse(JSON.stringify(j), (_k, v) => (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && typeof v.$ore === "string" ? BigInt(v.$ore) : v)) as Assembled;
