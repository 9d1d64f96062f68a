import "server-only";
import { requiredCoFinancing } from "@/domain/allocation";
import { can, grantedIds, type Actor } from "@/domain/authorization";
import { db } from "../db";
import { schemeForPage } from "../schemes";

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

/** The years a county can allocate (its strategy periods) with the grant of the chosen scheme recorded for each, if any. */
export async function getAllocationOverview(actor: Actor, countySlug: string, schemeParam?: string | string[]) {
  const county = await countyBySlug(countySlug);
  if (!county || !can(actor, "allocation.read", { countyId: county.id })) return null;
  const picked = await schemeForPage(db(), county.id, schemeParam);
  const [periods, grants] = await Promise.all([
    db().strategyPeriod.findMany({ where: { countyId: county.id }, orderBy: { startYear: "desc" } }),
    picked.scheme ? db().stateGrant.findMany({ where: { countyId: county.id, schemeId: picked.scheme.id }, include: { allocations: { select: { status: true } } } }) : [],
  ]);
  const years = periods.flatMap((p) => Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.endYear - i));
  return { county, ...picked, years: years.map((year) => ({ year, grant: grants.find((g) => g.year === year) ?? null })) };
}

/** Everything Statsforvalteren's allocation page for one year and scheme shows. */
export async function getAllocationYear(actor: Actor, countySlug: string, year: number, schemeParam?: string | string[]) {
  const county = await countyBySlug(countySlug);
  if (!county || !can(actor, "allocation.read", { countyId: county.id })) return null;
  const picked = await schemeForPage(db(), county.id, schemeParam);
  const canManage = can(actor, "allocation.manage", { countyId: county.id });
  if (!picked.scheme) return { county, ...picked, period: null, key: null, grant: null, canManage };
  const schemeId = picked.scheme.id;
  const period = await db().strategyPeriod.findFirst({ where: { countyId: county.id, startYear: { lte: year }, endYear: { gte: year } } });
  const key = period && (await db().distributionKey.findFirst({
    where: { periodId: period.id, schemeId, fromYear: { lte: year } }, orderBy: { seq: "desc" }, include: { shares: { include: { region: true } } },
  }));
  const grant = await db().stateGrant.findUnique({
    where: { countyId_schemeId_year: { countyId: county.id, schemeId, year } },
    include: {
      agreement: true,
      allocations: { include: { region: true, decidedBy: { select: { name: true } }, payouts: true }, orderBy: { region: { name: "asc" } } },
    },
  });
  return { county, ...picked, period, key, grant, canManage };
}

/** One region's allocation of a scheme for a year: its history, payouts and the owners' egenandel. */
export async function getRegionAllocation(actor: Actor, countySlug: string, regionSlug: string, year: number, schemeParam?: string | string[]) {
  const region = await db().region.findFirst({ where: { slug: regionSlug, county: { slug: countySlug } }, include: { owners: { orderBy: { name: "asc" } } } });
  if (!region) return null;
  const scope = { countyId: region.countyId, regionId: region.id };
  const recordable = region.owners.filter((o) => can(actor, "cofinancing.record", { ...scope, schoolOwnerId: o.id }));
  if (!can(actor, "allocation.read", scope) && recordable.length === 0) return null;
  const picked = await schemeForPage(db(), region.countyId, schemeParam);
  const schemeId = picked.scheme?.id ?? "";
  const allocation = await db().allocation.findFirst({
    where: { regionId: region.id, schemeId, grant: { year } },
    include: { grant: true, payouts: { orderBy: { paidOn: "asc" } }, decidedBy: { select: { name: true } } },
  });
  const [history, coFinancing] = await Promise.all([
    allocation
      ? db().auditEntry.findMany({ where: { entityType: "Allocation", entityId: allocation.id }, orderBy: { id: "desc" }, include: { actor: { select: { name: true } } } })
      : [],
    db().coFinancing.findMany({ where: { year, schemeId, schoolOwnerId: { in: region.owners.map((o) => o.id) } }, orderBy: { createdAt: "asc" }, include: { withdrawnBy: { select: { name: true } } } }),
  ]);
  const stateOre = allocation ? allocation.networkOre : 0n;
  const registered = coFinancing.reduce((a, c) => (c.withdrawnAt ? a : a + c.amountOre), 0n);
  // What the region's plans put on this year's network money (flagged on the page when above the allocation).
  const planned = await db().measureBudget.aggregate({ _sum: { networkOre: true }, where: { year, measure: { goal: { regionId: region.id, plan: { schemeId } } } } });
  return {
    ...picked, region, allocation, history, coFinancing,
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
    include: { scheme: { select: { code: true, position: true } }, grant: { select: { year: true } }, region: { select: { name: true, slug: true, county: { select: { slug: true } } } } },
    orderBy: [{ grant: { year: "desc" } }, { scheme: { position: "asc" } }],
  });
}

/** What the public may read: approved allocations only, by year and scheme (filtered by `ordning` when given). */
export async function getPublishedAllocations(countySlug: string, schemeParam?: string | string[]) {
  const county = await countyBySlug(countySlug);
  if (!county) return null;
  const picked = await schemeForPage(db(), county.id, schemeParam, { all: true });
  const grants = picked.problem ? [] : await db().stateGrant.findMany({
    where: { countyId: county.id, ...(picked.scheme ? { schemeId: picked.scheme.id } : {}) },
    orderBy: [{ year: "desc" }, { scheme: { position: "asc" } }],
    include: { allocations: { include: { region: true }, orderBy: { region: { name: "asc" } } } },
  });
  return {
    county, ...picked,
    years: grants.map((g) => ({
      year: g.year,
      schemeId: g.schemeId,
      networkShareBasisPoints: g.networkShareBasisPoints,
      approved: g.allocations.filter((a) => a.status === "APPROVED"),
      pending: g.allocations.filter((a) => a.status !== "APPROVED").map((a) => a.region.name),
    })),
  };
}
