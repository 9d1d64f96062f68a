import "server-only";
// Reads for the oversight page and its CSV: everything src/domain/oversight.ts adds up, for the regions the user
// may follow (the county's, for Statsforvalteren and the forum; a region's own, for its skoleutvikler and UH).
import { schemeForPage } from "../schemes";
import { can, type Actor } from "@/domain/authorization";
import { oversight } from "@/domain/oversight";
import { measureSchools } from "@/domain/plan";
import { dateIn } from "@/domain/deadline";
import { db } from "../db";

export async function getOversight(actor: Actor, countySlug: string, selection: { year: number | null; regionId: string | null; scheme?: string | string[] }) {
  const county = await db().county.findUnique({ where: { slug: countySlug }, include: { periods: { orderBy: { startYear: "desc" } }, regions: { orderBy: { name: "asc" } } } });
  if (!county) return null;
  const readable = county.regions.filter((r) => can(actor, "allocation.read", { countyId: county.id, regionId: r.id }));
  if (readable.length === 0) return null;
  // One scheme at a time (the county's first unless `ordning` names another): money of two schemes is never added up.
  const picked = await schemeForPage(db(), county.id, selection.scheme);
  const schemeId = picked.scheme?.id ?? "";
  // "The whole period" is the period of this year (Oslo), or the newest one.
  const thisYear = dateIn(new Date(), county.timeZone).year;
  const current = county.periods.find((p) => p.startYear <= thisYear && thisYear <= p.endYear) ?? county.periods[0] ?? null;
  const period = selection.year === null ? current : county.periods.find((p) => p.startYear <= selection.year! && selection.year! <= p.endYear);
  if (!period) return { ...picked, county, regions: readable, period: null, current, years: [], data: null };
  const years = selection.year === null ? Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i) : [selection.year];
  const regionIds = readable.filter((r) => !selection.regionId || r.id === selection.regionId).map((r) => r.id);
  const [allocations, evaluations, measures, networks, owners] = await Promise.all([
    db().allocation.findMany({ where: { regionId: { in: regionIds }, schemeId, grant: { year: { in: years } } }, select: { regionId: true, networkOre: true, uhOre: true, grant: { select: { year: true } }, payouts: { select: { amountOre: true } } } }),
    db().evaluation.findMany({ where: { regionId: { in: regionIds }, schemeId, year: { in: years } }, select: { regionId: true, year: true, status: true } }),
    db().measure.findMany({
      where: { goal: { regionId: { in: regionIds }, plan: { periodId: period.id, schemeId } } },
      select: { goal: { select: { regionId: true } }, networkId: true, uhPartner: true, budgets: true, schools: { select: { ownerId: true } }, network: { select: { participants: { select: { school: { select: { ownerId: true } } } } } } },
    }),
    db().network.findMany({ where: { regionId: { in: regionIds } }, orderBy: { name: "asc" }, select: { id: true, regionId: true, name: true, participants: { select: { schoolId: true } }, gatherings: { select: { startsAt: true, _count: { select: { attendance: true } } } } } }),
    db().schoolOwner.findMany({
      where: { memberships: { some: { regionId: { in: regionIds }, periodId: period.id } } }, orderBy: { name: "asc" },
      select: { id: true, name: true, memberships: { where: { periodId: period.id }, select: { regionId: true } }, schools: { select: { participants: { select: { id: true } } } }, coFinancing: { where: { year: { in: years }, withdrawnAt: null }, select: { year: true, amountOre: true } } },
    }),
  ]);
  const data = oversight({
    years,
    regions: readable.filter((r) => regionIds.includes(r.id)).map((r) => ({
      id: r.id, name: r.name, uhPartner: r.uhPartner,
      allocations: allocations.filter((a) => a.regionId === r.id).map((a) => ({ year: a.grant.year, networkOre: a.networkOre, uhOre: a.uhOre, paidOre: a.payouts.reduce((s, p) => s + p.amountOre, 0n) })),
      evaluations: evaluations.filter((e) => e.regionId === r.id),
    })),
    measures: measures.map((m) => ({
      regionId: m.goal.regionId, networkId: m.networkId, uhPartner: m.uhPartner, budgets: m.budgets,
      ownerIds: measureSchools(m).map((s) => s.ownerId),
    })),
    networks: networks.map((n) => ({ id: n.id, regionId: n.regionId, name: n.name, participants: n.participants.length, gatherings: n.gatherings.map((g) => ({ year: g.startsAt.getUTCFullYear(), present: g._count.attendance })) })),
    owners: owners.map((o) => ({ id: o.id, name: o.name, regionId: o.memberships[0]?.regionId ?? "", schoolsInNetworks: o.schools.filter((s) => s.participants.length > 0).length, coFinancing: o.coFinancing })),
  });
  return { ...picked, county, regions: readable, period, current, years, data };
}
