import "server-only";
import { requiredCoFinancing } from "@/domain/allocation";
import { can, grantedIds, type Actor } from "@/domain/authorization";
import { db } from "../db";

const countyBySlug = (slug: string) => db().county.findUnique({ where: { slug }, include: { regions: { orderBy: { name: "asc" } } } });

/** The counties whose allocations the actor follows as a whole (Statsforvalteren, the forum's members). */
export async function allocationCounties(actor: Actor) {
  const counties = await db().county.findMany({
    where: { id: { in: grantedIds(actor).countyIds } },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
  return counties.filter((c) => can(actor, "allocation.read", { countyId: c.id }));
}

/** The years a county can allocate (its strategy periods) with the grant recorded for each, if any. */
export async function getAllocationOverview(actor: Actor, countySlug: string) {
  const county = await countyBySlug(countySlug);
  if (!county || !can(actor, "allocation.read", { countyId: county.id })) return null;
  const [periods, grants] = await Promise.all([
    db().strategyPeriod.findMany({ where: { countyId: county.id }, orderBy: { startYear: "desc" } }),
    db().stateGrant.findMany({ where: { countyId: county.id }, include: { allocations: { select: { status: true } } } }),
  ]);
  const years = periods.flatMap((p) => Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.endYear - i));
  return { county, years: years.map((year) => ({ year, grant: grants.find((g) => g.year === year) ?? null })) };
}

/** Everything Statsforvalteren's allocation page for one year shows. */
export async function getAllocationYear(actor: Actor, countySlug: string, year: number) {
  const county = await countyBySlug(countySlug);
  if (!county || !can(actor, "allocation.read", { countyId: county.id })) return null;
  const period = await db().strategyPeriod.findFirst({ where: { countyId: county.id, startYear: { lte: year }, endYear: { gte: year } } });
  const key = period && (await db().distributionKey.findFirst({
    where: { periodId: period.id, fromYear: { lte: year } }, orderBy: { seq: "desc" }, include: { shares: { include: { region: true } } },
  }));
  const grant = await db().stateGrant.findUnique({
    where: { countyId_year: { countyId: county.id, year } },
    include: {
      agreement: true,
      allocations: { include: { region: true, decidedBy: { select: { name: true } }, payouts: true }, orderBy: { region: { name: "asc" } } },
    },
  });
  return { county, period, key, grant, canManage: can(actor, "allocation.manage", { countyId: county.id }) };
}

/** One region's allocation for a year: its history, payouts and the owners' egenandel. */
export async function getRegionAllocation(actor: Actor, countySlug: string, regionSlug: string, year: number) {
  const region = await db().region.findFirst({ where: { slug: regionSlug, county: { slug: countySlug } }, include: { owners: { orderBy: { name: "asc" } } } });
  if (!region) return null;
  const scope = { countyId: region.countyId, regionId: region.id };
  const recordable = region.owners.filter((o) => can(actor, "cofinancing.record", { ...scope, schoolOwnerId: o.id }));
  if (!can(actor, "allocation.read", scope) && recordable.length === 0) return null;
  const allocation = await db().allocation.findFirst({
    where: { regionId: region.id, grant: { year } },
    include: { grant: true, payouts: { orderBy: { paidOn: "asc" } }, decidedBy: { select: { name: true } } },
  });
  const [history, coFinancing] = await Promise.all([
    allocation
      ? db().auditEntry.findMany({ where: { entityType: "Allocation", entityId: allocation.id }, orderBy: { id: "desc" }, include: { actor: { select: { name: true } } } })
      : [],
    db().coFinancing.findMany({ where: { year, schoolOwnerId: { in: region.owners.map((o) => o.id) } }, orderBy: { createdAt: "asc" }, include: { withdrawnBy: { select: { name: true } } } }),
  ]);
  const stateOre = allocation ? allocation.networkOre : 0n;
  const registered = coFinancing.reduce((a, c) => (c.withdrawnAt ? a : a + c.amountOre), 0n);
  // What the region's plans put on this year's network money (flagged on the page when above the allocation).
  const planned = await db().measureBudget.aggregate({ _sum: { networkOre: true }, where: { year, measure: { goal: { regionId: region.id } } } });
  return {
    region, allocation, history, coFinancing,
    coFinancingSummary: { requiredOre: requiredCoFinancing(stateOre), registeredOre: registered },
    recordableOwnerIds: recordable.map((o) => o.id),
    plannedNetworkOre: planned._sum.networkOre ?? 0n,
    canManage: can(actor, "allocation.manage", scope),
  };
}

/** The regions whose allocations the user may follow on the start page (their own region's). */
export async function getRegionAllocationsForStart(actor: Actor, regionIds: string[]) {
  const regions = await db().region.findMany({ where: { id: { in: regionIds } } });
  const readable = regions.filter((r) => can(actor, "allocation.read", { countyId: r.countyId, regionId: r.id }));
  return db().allocation.findMany({
    where: { regionId: { in: readable.map((r) => r.id) } },
    include: { grant: { select: { year: true } }, region: { select: { name: true, slug: true, county: { select: { slug: true } } } } },
    orderBy: [{ grant: { year: "desc" } }],
  });
}

/** What the public may read: approved allocations only, by year. */
export async function getPublishedAllocations(countySlug: string) {
  const county = await countyBySlug(countySlug);
  if (!county) return null;
  const grants = await db().stateGrant.findMany({
    where: { countyId: county.id },
    orderBy: { year: "desc" },
    include: { allocations: { include: { region: true }, orderBy: { region: { name: "asc" } } } },
  });
  return {
    county,
    years: grants.map((g) => ({
      year: g.year,
      networkShareBasisPoints: g.networkShareBasisPoints,
      approved: g.allocations.filter((a) => a.status === "APPROVED"),
      pending: g.allocations.filter((a) => a.status !== "APPROVED").map((a) => a.region.name),
    })),
  };
}
