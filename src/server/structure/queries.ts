import "server-only";
import { cache } from "react";
import { can, grantedIds, type Actor } from "@/domain/authorization";
import type { CountyFacts } from "@/domain/setup-checklist";
import { db } from "../db";
import { groupScope } from "./group-scope";
import { notFound } from "next/navigation";
import { requirePageUser } from "../auth/session";
import { startOfYear } from "@/domain/deadline";
import type { GroupRole } from "@/generated/prisma/client";

/** The installation's front page: every county, with the names its public pages use. */
export const listCounties = cache(async () =>
  db().county.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, governorName: true, forumName: true, _count: { select: { regions: true } } },
  }));

/** A county's public page: its strategy, priorities and regions. */
export const getCountyOverview = cache(async (slug: string) => {
  return db().county.findUnique({
    where: { slug },
    include: {
      periods: {
        orderBy: { startYear: "desc" },
        include: { priorityAreas: { orderBy: { position: "asc" } }, subGoals: { orderBy: { number: "asc" } } },
      },
      regions: {
        orderBy: [{ isDemo: "asc" }, { name: "asc" }],
        include: { owners: { select: { id: true, _count: { select: { schools: true } } } } },
      },
      // The forum's adopted innstillinger are public (offentleglova).
      recommendations: { where: { status: "ADOPTED" }, orderBy: { year: "desc" }, select: { year: true } },
      // The forum's yearly conclusions on the evaluations are public once recorded (the page shows the latest
      // year's, one per scheme; at most one per scheme and year, and there are three schemes).
      forumConclusions: { orderBy: [{ year: "desc" }, { scheme: { position: "asc" } }], take: 3, include: { scheme: { select: { code: true } } } },
      _count: { select: { schemes: true } },
    },
  });
});

/**
 * What the region page shows. Bounded whatever the region's size and age: the development groups without
 * their members (getGroupMembers gives the names or role counts), each network with this year's and later
 * gatherings and the count of earlier ones (every gathering with `allGatherings`), and only the adopted plan
 * shown (`planPeriodStart`, else the one in force this year, else the newest) in full; the others are listed.
 */
export const getRegion = cache(async (slug: string, thisYear: number, planPeriodStart?: number, allGatherings = false) => {
  const newYear = startOfYear(thisYear);
  const region = await db().region.findUnique({
    where: { slug },
    include: {
      county: true,
      priorityAreas: { where: { replacedAt: null }, orderBy: { position: "asc" } },
      owners: {
        orderBy: { name: "asc" },
        include: {
          schools: { orderBy: { name: "asc" }, select: { id: true, name: true } },
          kindergartens: { orderBy: { name: "asc" }, select: { id: true, name: true } },
          groups: { orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } },
        },
      },
      networks: {
        orderBy: { name: "asc" },
        include: {
          scheme: { select: { code: true } },
          participants: { select: { id: true, label: true, school: { select: { name: true } } } },
          gatherings: { where: allGatherings ? {} : { startsAt: { gte: newYear } }, orderBy: { startsAt: "asc" } },
          _count: { select: { gatherings: { where: { startsAt: { lt: newYear } } } } },
        },
      },
      forums: {
        include: {
          members: { orderBy: [{ kind: "asc" }, { organisation: "asc" }, { holdsVote: "desc" }] },
          committees: { orderBy: { kind: "asc" }, include: { members: true } },
        },
      },
      // Only adopted plans are public (a draft is the region's work in progress), newest period first.
      plans: { where: { status: "ADOPTED" }, orderBy: { period: { startYear: "desc" } }, select: { id: true, period: { select: { name: true, startYear: true, endYear: true } } } },
      criteria: { orderBy: [{ audience: "asc" }, { position: "asc" }] },
    },
  });
  if (!region) return null;
  const shown = region.plans.find((p) => p.period.startYear === planPeriodStart)
    ?? region.plans.find((p) => p.period.startYear <= thisYear && thisYear <= p.period.endYear)
    ?? region.plans[0];
  const plan = shown ? await db().regionPlan.findUnique({
    where: { id: shown.id },
    include: {
      period: { select: { name: true, startYear: true } },
      adoptedCase: { select: { number: true, meeting: { select: { id: true, startsAt: true } } } },
      goals: {
        orderBy: { number: "asc" },
        include: { measures: { orderBy: { number: "asc" }, include: { network: { select: { name: true } }, schools: { select: { name: true }, orderBy: { name: "asc" } }, priorityAreas: { select: { title: true }, orderBy: { position: "asc" } }, budgets: { orderBy: { year: "asc" } } } } },
      },
    },
  }) : null;
  return { ...region, plan, allGatherings };
});

/**
 * The members of a region's SUT and SKUT groups: their names for a signed-in user who may see them, else how
 * many hold each role (one grouped query either way, not one per group).
 */
export async function getGroupMembers(regionId: string, withNames: boolean): Promise<Map<string, { role: GroupRole; count: number; names: string[] }[]>> {
  const where = { group: { owner: { regionId } } };
  const rows = withNames
    ? (await db().groupMember.findMany({ where, select: { groupId: true, role: true, name: true }, orderBy: [{ role: "asc" }, { name: "asc" }] })).map((m) => ({ ...m, count: 1 }))
    : (await db().groupMember.groupBy({ where, by: ["groupId", "role"], _count: { _all: true }, orderBy: [{ groupId: "asc" }, { role: "asc" }] })).map((g) => ({ groupId: g.groupId, role: g.role, count: g._count._all, name: null }));
  const out = new Map<string, { role: GroupRole; count: number; names: string[] }[]>();
  for (const r of rows) {
    if (!out.has(r.groupId)) out.set(r.groupId, []);
    const list = out.get(r.groupId)!;
    let entry = list.find((e) => e.role === r.role);
    if (!entry) list.push((entry = { role: r.role, count: 0, names: [] }));
    entry.count += r.count;
    if (r.name) entry.names.push(r.name);
  }
  return out;
}
export type RegionDetails = NonNullable<Awaited<ReturnType<typeof getRegion>>>;

/** What a signed-in user is responsible for, per role grant: the data behind the start page. */
export async function getStartPage(actor: Actor) {
  const d = db();
  const { countyIds, regionIds, ownerIds, schoolIds } = grantedIds(actor);
  const [counties, regions, owners, schools] = await Promise.all([
    d.county.findMany({
      where: { id: { in: countyIds } },
      include: { regions: { orderBy: [{ isDemo: "asc" }, { name: "asc" }], include: { _count: { select: { owners: true } } } } },
    }),
    d.region.findMany({
      where: { id: { in: regionIds } },
      include: {
        county: { select: { slug: true, needsDeadlineMonth: true, needsDeadlineDay: true, timeZone: true } },
        owners: { orderBy: { name: "asc" }, include: { groups: { orderBy: [{ kind: "asc" }, { name: "asc" }] }, schools: { orderBy: { name: "asc" }, select: { id: true, name: true } }, kindergartens: { orderBy: { name: "asc" }, select: { id: true, name: true } } } },
        networks: { orderBy: { name: "asc" }, include: { _count: { select: { participants: true } } } },
        plans: { orderBy: { period: { startYear: "desc" } }, include: { period: { select: { name: true, startYear: true } }, goals: { orderBy: { number: "asc" }, include: { _count: { select: { measures: true } } } } } },
        forums: { include: { members: { where: { userId: actor.id } }, _count: { select: { members: true } } } },
      },
    }),
    d.schoolOwner.findMany({
      where: { id: { in: ownerIds } },
      include: { region: { include: { county: { select: { slug: true, needsDeadlineMonth: true, needsDeadlineDay: true, timeZone: true } } } }, groups: { orderBy: [{ kind: "asc" }, { name: "asc" }], include: { _count: { select: { members: true } } } }, schools: { orderBy: { name: "asc" }, select: { id: true, name: true } }, kindergartens: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
    }),
    d.school.findMany({
      where: { id: { in: schoolIds } },
      include: { owner: { include: { region: { include: { county: { select: { slug: true } } } } } }, groups: { include: { _count: { select: { members: true } } } } },
    }),
  ]);
  const latest = await d.stateGrant.findFirst({ where: { countyId: { in: owners.map((o) => o.region.countyId) } }, orderBy: { year: "desc" } });
  return { counties, regions, owners: owners.map((o) => ({ ...o, latestGrantYear: latest?.year ?? null })), schools };
}

/** A group with its members and history, for someone allowed to edit it; null otherwise. */
export async function getGroupForEdit(actor: Actor, groupId: string) {
  const found = await groupScope(db(), groupId);
  if (!found || !can(actor, "group.edit", found.scope)) return null;
  const [group, history] = await Promise.all([
    db().developmentGroup.findUniqueOrThrow({
      where: { id: groupId },
      include: { owner: { include: { region: true } }, schools: true, members: { orderBy: [{ role: "asc" }, { name: "asc" }] } },
    }),
    db().auditEntry.findMany({
      where: { entityType: "DevelopmentGroup", entityId: groupId },
      orderBy: { id: "desc" },
      take: 50,
      include: { actor: { select: { name: true } } },
    }),
  ]);
  return { group, history };
}

/** The county's structure page for Statsforvalteren: its regions. Null when not found or not hers. */
export async function getCountyStructure(actor: Actor, slug: string) {
  const county = await db().county.findUnique({
    where: { slug },
    include: { regions: { orderBy: { name: "asc" }, include: { _count: { select: { owners: true } }, roles: { where: { role: "SKOLEUTVIKLER" }, select: { user: { select: { name: true } } } } } } },
  });
  if (!county || !can(actor, "county.manage", { countyId: county.id })) return null;
  return county;
}

/** The county's strategy periods for Statsforvalteren; null when not found or not hers. */
export async function getCountyPeriods(actor: Actor, slug: string) {
  const county = await db().county.findUnique({
    where: { slug },
    include: { periods: { orderBy: { startYear: "desc" }, include: { priorityAreas: { orderBy: { position: "asc" } }, subGoals: { orderBy: { number: "asc" } } } } },
  });
  if (!county || !can(actor, "county.manage", { countyId: county.id })) return null;
  return county;
}

/** The facts the setup checklist reads (src/domain/setup-checklist.ts). */
export async function getSetupFacts(countyId: string, thisYear: number): Promise<CountyFacts> {
  const county = await db().county.findUniqueOrThrow({
    where: { id: countyId },
    include: {
      periods: { include: { _count: { select: { keys: true } } } },
      regions: { orderBy: { name: "asc" }, include: { _count: { select: { owners: true } }, roles: { where: { role: "SKOLEUTVIKLER", user: { deactivatedAt: null } }, select: { id: true } } } },
    },
  });
  const forums = await db().forum.findMany({
    where: { OR: [{ countyId }, { region: { countyId } }] },
    include: { members: { select: { position: true, holdsVote: true, schoolOwnerId: true } }, region: { include: { owners: { where: { kind: "KOMMUNE" }, select: { id: true, name: true } } } } },
  });
  return {
    thisYear,
    periods: county.periods.map((p) => ({ name: p.name, startYear: p.startYear, endYear: p.endYear, hasKey: p._count.keys > 0 })),
    regions: county.regions.map((r) => ({ id: r.id, name: r.name, hasSkoleutvikler: r.roles.length > 0, owners: r._count.owners })),
    hasSamarbeidsforum: forums.some((f) => f.kind === "SAMARBEIDSFORUM"),
    forums: forums.filter((f) => f.kind === "OPPVEKSTFORUM").map((f) => ({
      id: f.id, name: f.name, regionId: f.regionId, hasLeader: f.members.some((m) => m.position === "LEDER"),
      municipalitiesWithoutVoteHolder: (f.region?.owners ?? []).filter((o) => !f.members.some((m) => m.holdsVote && m.schoolOwnerId === o.id)).map((o) => o.name),
    })),
  };
}

/** A region with its owners and schools, for Statsforvalteren's edit page; null when not found or not hers. */
export async function getRegionForEdit(actor: Actor, countySlug: string, regionSlug: string) {
  const region = await db().region.findFirst({
    where: { slug: regionSlug, county: { slug: countySlug } },
    include: {
      county: true,
      owners: {
        orderBy: { name: "asc" },
        include: {
          schools: { orderBy: { name: "asc" }, select: { id: true, name: true, orgNumber: true, pupils: true, version: true } },
          kindergartens: { orderBy: { name: "asc" }, select: { id: true, name: true, orgNumber: true, children: true, version: true } },
          groups: { orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, _count: { select: { members: true } } } },
          memberships: { include: { region: { select: { name: true } }, period: { select: { name: true, startYear: true } } }, orderBy: { period: { startYear: "asc" } } },
        },
      },
    },
  });
  if (!region || !can(actor, "county.manage", { countyId: region.countyId })) return null;
  const [regions, periods, joining] = await Promise.all([
    db().region.findMany({ where: { countyId: region.countyId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().strategyPeriod.findMany({ where: { countyId: region.countyId }, orderBy: { startYear: "asc" }, select: { id: true, name: true, startYear: true, endYear: true, closedAt: true } }),
    // Owners elsewhere now that belong to this region in a later period.
    db().regionMembership.findMany({ where: { regionId: region.id, schoolOwner: { regionId: { not: region.id } } }, include: { schoolOwner: { select: { name: true } }, period: { select: { name: true } } } }),
  ]);
  return { ...region, regions, periods, joining };
}

/** The names a county's pages show in their header, footer and titles. */
export const getCountyNames = cache(async (slug: string) =>
  db().county.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, governorName: true, forumName: true } }));

/** For the county setup pages: the signed-in Statsforvalteren's county, or "not found" (also when not hers). */
export async function requireCountySetup(slug: string, path: string) {
  const user = await requirePageUser(path);
  const county = await getCountyStructure(user, slug);
  if (!county) notFound();
  return county;
}

/** A forum with its members, for its setup page; null when not found or not the actor's to manage. */
export async function getForumForSetup(actor: Actor, countySlug: string, forumId: string) {
  const forum = await db().forum.findUnique({
    where: { id: forumId },
    include: {
      region: { include: { owners: { where: { kind: "KOMMUNE" }, orderBy: { name: "asc" }, select: { id: true, name: true } } } },
      county: true,
      members: { orderBy: [{ position: "asc" }, { kind: "asc" }, { name: "asc" }], include: { schoolOwner: { select: { name: true } }, user: { select: { name: true } } } },
      committees: { orderBy: { kind: "asc" }, include: { members: { orderBy: { name: "asc" } } } },
    },
  });
  if (!forum) return null;
  const county = forum.county ?? (forum.regionId ? await db().county.findFirst({ where: { regions: { some: { id: forum.regionId } } } }) : null);
  if (!county || county.slug !== countySlug) return null;
  const scope = forum.regionId ? { countyId: county.id, regionId: forum.regionId } : { countyId: county.id };
  if (!can(actor, "forum.manage", scope)) return null;
  // Who a seat may belong to: the people with a role in this county.
  const users = await db().user.findMany({
    where: { roles: { some: { OR: [{ countyId: county.id }, { region: { countyId: county.id } }, { schoolOwner: { region: { countyId: county.id } } }, { school: { owner: { region: { countyId: county.id } } } }] } } },
    orderBy: { name: "asc" }, select: { id: true, name: true, email: true },
  });
  return { forum, county, users };
}

/** The county's forums for the setup page: the Samarbeidsforum and each region's Oppvekstforum, if made. */
export async function getCountyForums(countyId: string) {
  return db().forum.findMany({ where: { OR: [{ countyId }, { region: { countyId } }] }, select: { id: true, name: true, kind: true, regionId: true, _count: { select: { members: true } } } });
}

/** Every scheme, with whether the county runs it (and, given a forum, whether the forum serves it). */
export async function getSchemeChoice(countyId: string, forumId?: string) {
  const schemes = await db().scheme.findMany({
    orderBy: { position: "asc" },
    select: { id: true, code: true, position: true, counties: { where: { countyId }, select: { countyId: true } }, forums: forumId ? { where: { forumId }, select: { forumId: true } } : false },
  });
  return schemes.map((s) => ({ id: s.id, code: s.code, run: s.counties.length > 0, served: (s.forums ?? []).length > 0 }));
}
