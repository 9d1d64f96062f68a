import "server-only";
import { cache } from "react";
import {
  administersAnyone, mayAdminister, ROLE_LEVEL, rolesAdministeredBy, type Actor, type Level, type Role, type Scope,
} from "@/domain/authorization";
import { db } from "../db";
import { env } from "../env";

type Assignment = {
  id: string; role: Role; countyId: string | null; regionId: string | null; schoolOwnerId: string | null; schoolId: string | null;
  county: { id: string; name: string } | null;
  region: { id: string; name: string; countyId: string } | null;
  schoolOwner: { id: string; name: string; regionId: string; region: { countyId: string } } | null;
  school: { id: string; name: string; ownerId: string; owner: { regionId: string; region: { countyId: string } } } | null;
};

const scopeInclude = {
  county: { select: { id: true, name: true } },
  region: { select: { id: true, name: true, countyId: true } },
  schoolOwner: { select: { id: true, name: true, regionId: true, region: { select: { countyId: true } } } },
  school: { select: { id: true, name: true, ownerId: true, owner: { select: { regionId: true, region: { select: { countyId: true } } } } } },
} as const;

/** An assignment's (or invitation grant's) place in the structure and its name. */
function placeOf(a: Assignment): { scope: Scope | null; name: string } {
  if (a.county) return { scope: { countyId: a.county.id }, name: a.county.name };
  if (a.region) return { scope: { countyId: a.region.countyId, regionId: a.region.id }, name: a.region.name };
  if (a.schoolOwner) return { scope: { countyId: a.schoolOwner.region.countyId, regionId: a.schoolOwner.regionId, schoolOwnerId: a.schoolOwner.id }, name: a.schoolOwner.name };
  if (a.school) return { scope: { countyId: a.school.owner.region.countyId, regionId: a.school.owner.regionId, schoolOwnerId: a.school.ownerId, schoolIds: [a.school.id] }, name: a.school.name };
  return { scope: null, name: "Hele installasjonen" };
}

/** Where in a county a role can be scoped: [value, label] per level, for the forms' scope lists. */
async function scopeOptions(countyId: string) {
  const county = await db().county.findUniqueOrThrow({
    where: { id: countyId },
    include: { regions: { orderBy: { name: "asc" }, include: { owners: { orderBy: { name: "asc" }, include: { schools: { orderBy: { name: "asc" } } } } } } },
  });
  const options: { value: string; label: string; level: Level; scope: Scope }[] = [
    { value: `county:${county.id}`, label: county.name, level: "county", scope: { countyId: county.id } },
  ];
  for (const r of county.regions) {
    options.push({ value: `region:${r.id}`, label: r.name, level: "region", scope: { countyId: county.id, regionId: r.id } });
    for (const o of r.owners) {
      options.push({ value: `owner:${o.id}`, label: `${o.name} (${r.name})`, level: "owner", scope: { countyId: county.id, regionId: r.id, schoolOwnerId: o.id } });
      for (const s of o.schools) {
        options.push({ value: `school:${s.id}`, label: `${s.name} (${o.name})`, level: "school", scope: { countyId: county.id, regionId: r.id, schoolOwnerId: o.id, schoolIds: [s.id] } });
      }
    }
  }
  return options;
}

const providerName = (issuer: string) => env().oidcProviders.find((p) => p.issuer === issuer)?.name ?? new URL(issuer).host;

/**
 * The county's access page, as this actor may see it: the users holding roles the actor administers, with
 * those roles, last sign-in and linked providers; the open and recent invitations; and what the forms offer.
 * Null when the county does not exist or the actor administers nothing in it.
 */
export const getCountyAccess = cache(async (actor: Actor, slug: string) => {
  const county = await db().county.findUnique({ where: { slug } });
  if (!county) return null;
  const inCounty = { OR: [{ countyId: county.id }, { region: { countyId: county.id } }, { schoolOwner: { region: { countyId: county.id } } }, { school: { owner: { region: { countyId: county.id } } } }] };
  const assignments = await db().roleAssignment.findMany({
    where: inCounty,
    include: { ...scopeInclude, user: { include: { identities: true } } },
    orderBy: [{ user: { name: "asc" } }, { role: "asc" }],
  });
  const options = (await scopeOptions(county.id)).filter((o) => rolesAdministeredBy(actor).some((r) => ROLE_LEVEL[r] === o.level && mayAdminister(actor, { role: r, scope: o.scope })));
  if (options.length === 0) return null;
  const users = new Map<string, { id: string; name: string; email: string; deactivatedAt: Date | null; lastSignInAt: Date | null; providers: string[];
    roles: { id: string; role: Role; place: string; mine: boolean }[] }>();
  for (const a of assignments) {
    const place = placeOf(a);
    const mine = mayAdminister(actor, { role: a.role, scope: place.scope });
    if (!mine && !actor.grants.some((g) => g.role === "STATSFORVALTER" && g.countyId === county.id)) continue;
    const u = users.get(a.userId) ?? { id: a.user.id, name: a.user.name, email: a.user.email, deactivatedAt: a.user.deactivatedAt, lastSignInAt: a.user.lastSignInAt,
      providers: [...new Set(a.user.identities.map((i) => providerName(i.issuer)))], roles: [] };
    u.roles.push({ id: a.id, role: a.role, place: place.name, mine });
    users.set(a.userId, u);
  }
  const invitations = await db().invitation.findMany({
    where: { countyId: county.id, kind: "INVITE" },
    include: { grants: true, invitedBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const names = new Map(options.map((o) => [o.value.split(":")[1], o.label]));
  const visibleInvitations = invitations
    .map((i) => ({
      id: i.id, userId: i.userId, name: i.name, email: i.email, version: i.version, createdAt: i.createdAt, expiresAt: i.expiresAt, sentAt: i.sentAt,
      acceptedAt: i.acceptedAt, withdrawnAt: i.withdrawnAt, invitedBy: i.invitedBy?.name ?? null,
      roles: i.grants.map((g) => ({ role: g.role, place: names.get(g.countyId ?? g.regionId ?? g.schoolOwnerId ?? g.schoolId ?? "") ?? "" })),
      mine: i.grants.every((g) => options.some((o) => o.value.endsWith(`:${g.countyId ?? g.regionId ?? g.schoolOwnerId ?? g.schoolId}`) && mayAdminister(actor, { role: g.role, scope: o.scope }))),
    }))
    .filter((i) => i.mine);
  return {
    county: { id: county.id, slug: county.slug, name: county.name },
    users: [...users.values()],
    invitations: visibleInvitations,
    roles: rolesAdministeredBy(actor).filter((r) => ROLE_LEVEL[r] !== "installation"),
    scopeOptions: options.map(({ value, label, level }) => ({ value, label, level })),
  };
});

/** The counties whose access pages this actor may open (for the start page). */
export async function administeredCounties(actor: Actor) {
  if (!administersAnyone(actor)) return [];
  const isAdmin = actor.grants.some((g) => g.role === "SYSTEM_ADMIN");
  const regionIds = actor.grants.filter((g) => g.role === "SKOLEUTVIKLER" && g.regionId).map((g) => g.regionId!);
  const countyIds = actor.grants.filter((g) => g.role === "STATSFORVALTER" && g.countyId).map((g) => g.countyId!);
  return db().county.findMany({
    where: isAdmin ? {} : { OR: [{ id: { in: countyIds } }, { regions: { some: { id: { in: regionIds } } } }] },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** The installation's administration page: every county with its Statsforvalteren and open invitations. */
export async function getInstallation() {
  const counties = await db().county.findMany({
    orderBy: { name: "asc" },
    include: {
      roles: { where: { role: "STATSFORVALTER" }, include: { user: { select: { name: true, deactivatedAt: true } } } },
      invitations: { where: { kind: "INVITE", acceptedAt: null, withdrawnAt: null }, select: { id: true, name: true, email: true, expiresAt: true } },
    },
  });
  const admins = await db().roleAssignment.findMany({ where: { role: "SYSTEM_ADMIN" }, include: { user: { select: { id: true, name: true, email: true, lastSignInAt: true } } } });
  return { counties, admins: admins.map((a) => ({ ...a.user, assignmentId: a.id })) };
}

/** The signed-in user's own roles, linked logins and role history. */
export async function getOwnAccess(userId: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    include: { roles: { include: scopeInclude, orderBy: { createdAt: "asc" } }, identities: { orderBy: { linkedAt: "asc" } } },
  });
  const history = await roleHistory(userId);
  const providers = env().oidcProviders;
  return {
    name: user.name,
    email: user.email,
    roles: user.roles.map((r) => ({ id: r.id, role: r.role, place: placeOf(r).name, since: r.createdAt })),
    identities: user.identities.map((i) => ({ id: i.id, provider: providerName(i.issuer), linkedAt: i.linkedAt })),
    unlinkedProviders: providers.filter((p) => !user.identities.some((i) => i.issuer === p.issuer)).map((p) => ({ id: p.id, name: p.name })),
    history,
  };
}

/** One user on the county's access page, with the history of their roles; null when not visible to the actor. */
export async function getUserAccess(actor: Actor, slug: string, userId: string) {
  const page = await getCountyAccess(actor, slug);
  if (!page) return null;
  // A user whose last role here was taken away stays reachable through the invitation that brought them in.
  const user = page.users.find((u) => u.id === userId) ?? (page.invitations.some((i) => i.userId === userId) ? await userWithoutRoles(userId) : null);
  if (!user) return null;
  const history = await roleHistory(userId);
  return { page, user, history };
}

async function roleHistory(userId: string) {
  const entries = await db().auditEntry.findMany({
    where: { entityType: "User", entityId: userId, action: { in: ["role.grant", "role.revoke", "user.deactivate", "user.reactivate", "user.identity.link"] } },
    include: { actor: { select: { name: true } } },
    orderBy: { at: "desc" },
    take: 200,
  });
  return entries.map((h) => ({ id: h.id.toString(), at: h.at, action: h.action, by: h.actor?.name ?? null, before: h.before as Record<string, unknown> | null, after: h.after as Record<string, unknown> | null }));
}

async function userWithoutRoles(userId: string) {
  const u = await db().user.findUnique({ where: { id: userId }, include: { identities: true } });
  return u && { id: u.id, name: u.name, email: u.email, deactivatedAt: u.deactivatedAt, lastSignInAt: u.lastSignInAt,
    providers: [...new Set(u.identities.map((i) => providerName(i.issuer)))], roles: [] as { id: string; role: Role; place: string; mine: boolean }[] };
}
