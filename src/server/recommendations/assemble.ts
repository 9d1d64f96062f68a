import "server-only";
// Gathers what the innstilling is assembled from: per region its allocation for the year, the tiltak of its adopted
// plan in force that year (with participants, owners, UH, the year's budget and how the criteria are met), and the
// submitted behovsmeldinger of the year's round. The assembling itself is src/domain/recommendation.ts.
import { assembleRecommendation, type SourceRegion } from "@/domain/recommendation";
import { summarizeNeeds } from "@/domain/needs";
import { criteriaStatus } from "@/domain/networks";
import { measureSchools } from "@/domain/plan";
import type { Tx } from "../transaction";

/** One scheme's innstilling: its allocations, plans and behovsmeldinger only (never another scheme's money). */
export async function gatherRecommendation(tx: Tx, countyId: string, schemeId: string, year: number) {
  const regions = await tx.region.findMany({
    where: { countyId }, orderBy: { name: "asc" },
    include: {
      criteria: { select: { id: true } },
      allocations: { where: { schemeId, grant: { year } }, select: { networkOre: true, uhOre: true } },
      plans: {
        where: { status: "ADOPTED", schemeId, period: { startYear: { lte: year }, endYear: { gte: year } } },
        include: {
          goals: {
            orderBy: { number: "asc" },
            include: {
              measures: {
                orderBy: { number: "asc" },
                include: {
                  budgets: { where: { year } },
                  schools: { select: { name: true, owner: { select: { name: true } } } },
                  network: { select: { name: true, participants: { select: { label: true, school: { select: { name: true, owner: { select: { name: true } } } }, confirmations: { select: { criterionId: true } } } } } },
                },
              },
            },
          },
        },
      },
      owners: { select: { needs: { where: { year, schemeId, status: "SUBMITTED" }, include: { lines: { include: { priorityArea: { select: { title: true } } } } } }, id: true } },
    },
  });
  const source: SourceRegion[] = regions.map((r) => {
    const plan = r.plans[0];
    const criteria = r.criteria.map((c) => c.id);
    const needs = summarizeNeeds(r.owners.flatMap((o) => o.needs.flatMap((n) => n.lines.map((l) => ({ regionId: r.id, ownerId: o.id, area: l.priorityArea.title, staffCount: l.staffCount, submitted: true })))));
    return {
      id: r.id, name: r.name, uhPartner: r.uhPartner, allocation: r.allocations[0] ?? null, planAdopted: !!plan,
      needs: needs.areas.map((a) => ({ area: a.key, staff: a.staff, owners: a.owners })),
      measures: (plan?.goals ?? []).flatMap((g) => g.measures.map((m) => {
        const schools = measureSchools(m);
        // People named as participants, and how many schools confirmed every criterion: both belong to the network.
        const inNetwork = m.schools.length ? [] : (m.network?.participants ?? []);
        return {
          goal: g.number, number: m.number, title: m.title, startYear: m.startYear, endYear: m.endYear, uhPartner: m.uhPartner,
          participants: [m.network?.name, ...schools.map((s) => s.name), ...inNetwork.map((p) => (p.school ? null : p.label))].filter((x): x is string => !!x),
          owners: [...new Set(schools.map((s) => s.owner.name))],
          schools: schools.length,
          schoolsMeetingCriteria: inNetwork.filter((p) => p.school && criteriaStatus(criteria, p.confirmations.map((c) => c.criterionId)).complete).length,
          budget: m.budgets[0] ? { networkOre: m.budgets[0].networkOre, uhOre: m.budgets[0].uhOre, coFinancingOre: m.budgets[0].coFinancingOre } : null,
        };
      })),
    };
  });
  return assembleRecommendation(year, source);
}
