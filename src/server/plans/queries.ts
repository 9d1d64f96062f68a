import "server-only";
// Reads of the region plan: the editor's page (the skoleutvikler; read by the forum, UH and Statsforvalteren)
// and the adopted plan the public reads.
import { can, type Actor } from "@/domain/authorization";
import { dateIn } from "@/domain/deadline";
import { budgetProblems, diffPlans, measureSchools, ownerShares, totalsByYear, type PlanSnapshot } from "@/domain/plan";
import { db } from "../db";
import { allocationLimits } from "./service";
import { schemeForPage } from "../schemes";

const measureInclude = {
  network: { select: { id: true, name: true, participants: { select: { school: { select: { ownerId: true } } } } } },
  schools: { select: { id: true, name: true, ownerId: true }, orderBy: { name: "asc" } },
  priorityAreas: { select: { id: true, title: true, regionId: true }, orderBy: { position: "asc" } },
  budgets: { orderBy: { year: "asc" } },
} as const;

/** The period a plan page opens on: the one given by its first year, else the one covering this year, else the newest. */
function pickPeriod<P extends { startYear: number; endYear: number }>(periods: P[], startYear: number | null, now: Date): P | undefined {
  if (startYear !== null) return periods.find((p) => p.startYear === startYear);
  const year = dateIn(now).year;
  return periods.find((p) => p.startYear <= year && year <= p.endYear) ?? periods[0];
}

export async function getPlanPage(actor: Actor, countySlug: string, regionSlug: string, startYear: number | null, now = new Date(), schemeParam?: string | string[]) {
  const region = await db().region.findFirst({ where: { slug: regionSlug, county: { slug: countySlug } }, include: { county: true } });
  if (!region) return null;
  const scope = { countyId: region.countyId, regionId: region.id };
  if (!can(actor, "plan.read", scope)) return null;
  const periods = await db().strategyPeriod.findMany({ where: { countyId: region.countyId }, orderBy: { startYear: "desc" }, include: { priorityAreas: { orderBy: { position: "asc" } } } });
  const period = pickPeriod(periods, startYear, now);
  if (startYear !== null && !period) return null;
  const picked = await schemeForPage(db(), region.countyId, schemeParam);
  const schemeId = picked.scheme?.id ?? "";
  const base = { ...picked, region, periods, period: period ?? null, canEdit: can(actor, "plan.edit", scope), canAdopt: can(actor, "plan.adopt", scope) };
  if (!period) return { ...base, plan: null, options: null, years: [], limits: new Map<number, bigint | null>(), totals: totalsByYear([]), problems: [], owners: [], ownerShares: [], cases: [], revisions: [] };

  const years = Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
  const [plan, networks, owners, regionAreas, limits, cases] = await Promise.all([
    db().regionPlan.findUnique({
      where: { regionId_periodId_schemeId: { regionId: region.id, periodId: period.id, schemeId } },
      include: {
        adoptedCase: { select: { number: true, title: true, meeting: { select: { id: true, startsAt: true } } } },
        goals: { orderBy: { number: "asc" }, include: { measures: { orderBy: { number: "asc" }, include: measureInclude } } },
        revisions: { orderBy: { number: "asc" }, include: { changedBy: { select: { name: true } } } },
      },
    }),
    db().network.findMany({ where: { regionId: region.id }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().schoolOwner.findMany({
      where: { memberships: { some: { regionId: region.id, periodId: period.id } } }, orderBy: { name: "asc" },
      select: { id: true, name: true, schools: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
    }),
    // The region's current areas, and replaced ones that tiltak of this plan still refer to.
    db().priorityArea.findMany({ where: { regionId: region.id, OR: [{ replacedAt: null }, { measures: { some: { goal: { regionId: region.id, plan: { periodId: period.id, schemeId } } } } }] }, orderBy: [{ replacedAt: "desc" }, { position: "asc" }] }),
    allocationLimits(db(), region.id, schemeId, years),
    db().case.findMany({
      where: { status: "DECIDED", schemeId, meeting: { forum: { regionId: region.id, kind: "OPPVEKSTFORUM" } } },
      orderBy: { meeting: { startsAt: "desc" } }, select: { id: true, number: true, title: true },
    }),
  ]);
  const measures = plan?.goals.flatMap((g) => g.measures) ?? [];
  const shares = years.map((year) => ({ year, shares: ownerShares(measures.map((m) => ({ ownerIds: measureSchools(m).map((s) => s.ownerId), budgets: m.budgets })), year) }));
  const revisions = (plan?.revisions ?? []).map((r, i, all) => ({
    number: r.number, createdAt: r.createdAt, by: r.changedBy.name,
    changes: i === 0 ? [] : diffPlans(all[i - 1]!.snapshot as PlanSnapshot, r.snapshot as PlanSnapshot),
  }));
  return {
    ...base, plan, years, limits, totals: totalsByYear(measures), problems: budgetProblems(measures, limits),
    options: { networks, owners, priorityAreas: [...period.priorityAreas.map((a) => ({ ...a, own: false, replaced: false })), ...regionAreas.map((a) => ({ ...a, own: true, replaced: a.replacedAt !== null }))] },
    owners: owners.map((o) => ({ id: o.id, name: o.name })), ownerShares: shares, cases, revisions,
  };
}

export type PlanPage = NonNullable<Awaited<ReturnType<typeof getPlanPage>>>;
