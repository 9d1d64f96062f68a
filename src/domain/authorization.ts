// Who may do what, and where (domain.md §2). Pure: the server layer (src/server/auth.ts) loads the
// user's role grants and the target's place in the structure, and asks this module. Every page and
// server action goes through it; nothing else decides access.

export const ROLES = [
  "STATSFORVALTER",
  "FORUM_MEMBER",
  "SKOLEUTVIKLER",
  "OPPVEKSTFORUM_MEMBER",
  "UH_PARTNER",
  "SKOLEEIER",
  "SKOLELEDER",
  "SYSTEM_ADMIN",
] as const;
export type Role = (typeof ROLES)[number];

/** The level of the structure a grant is scoped to. */
export type Level = "installation" | "county" | "region" | "owner" | "school";

/** One role held by a user, scoped to one county, region, school owner (municipality) or school. */
export type Grant = {
  role: Role;
  countyId?: string | null;
  regionId?: string | null;
  schoolOwnerId?: string | null;
  schoolId?: string | null;
};

export type Actor = { id: string; grants: readonly Grant[] };

/** Where the thing acted on sits: every id on its way up the tree, so a grant higher up covers it. */
export type Scope = {
  countyId: string;
  regionId?: string;
  schoolOwnerId?: string;
  /** A SKUT group may serve several schools; a grant on any of them covers the group. */
  schoolIds?: readonly string[];
};

/** The level at which each role is granted. A grant at another level is a data error and grants nothing. */
export const ROLE_LEVEL: Record<Role, Level> = {
  STATSFORVALTER: "county",
  FORUM_MEMBER: "county",
  SKOLEUTVIKLER: "region",
  OPPVEKSTFORUM_MEMBER: "region",
  UH_PARTNER: "region",
  SKOLEEIER: "owner",
  SKOLELEDER: "school",
  SYSTEM_ADMIN: "installation",
};

/**
 * The policy: for each permission, the roles that hold it (each within its own scope).
 * Add a permission here, and call `authorize` with it where the action happens.
 */
export const POLICY = {
  /** See the signed-in start page and the portal's internal pages. */
  "portal.use": ROLES,
  /** Create counties and invite their first Statsforvalteren (the installation's administrator). */
  "installation.manage": ["SYSTEM_ADMIN"],
  /** Add or remove members of a SUT or SKUT group (seed 001 §2.1.2). */
  "group.edit": ["STATSFORVALTER", "SKOLEUTVIKLER", "SKOLEEIER", "SKOLELEDER"],
  /** Read the audit history of a thing in scope. */
  "audit.read": ["STATSFORVALTER", "FORUM_MEMBER", "SKOLEUTVIKLER", "SKOLEEIER", "SKOLELEDER"],
  /** Change the county's settings (network share, reporting deadline) and strategy. */
  "county.manage": ["STATSFORVALTER"],
  /** Record the state grant, the key and share agreements; approve, reject, reopen and pay allocations. */
  "allocation.manage": ["STATSFORVALTER"],
  /** Read allocations that are not yet approved (the county's, or a region's own). */
  "allocation.read": ["STATSFORVALTER", "FORUM_MEMBER", "SKOLEUTVIKLER", "UH_PARTNER"],
  /** Record a school owner's egenandel. */
  "cofinancing.record": ["STATSFORVALTER", "SKOLEUTVIKLER", "SKOLEEIER"],
  /** Write the region's yearly evaluation and submit it. */
  "evaluation.edit": ["SKOLEUTVIKLER"],
  /** Read evaluations (the county's, or a region's own). */
  "evaluation.read": ["STATSFORVALTER", "FORUM_MEMBER", "SKOLEUTVIKLER", "UH_PARTNER"],
  /** Return or accept reports, grant deadline extensions, record the forum's conclusion. */
  "evaluation.review": ["STATSFORVALTER"],
  /** Set up a forum and its members: the county's Samarbeidsforum (Statsforvalteren), a region's Oppvekstforum (also its skoleutvikler). */
  "forum.manage": ["STATSFORVALTER", "SKOLEUTVIKLER"],
  /** Write the region's plan: mål, tiltak and their budgets. */
  "plan.edit": ["SKOLEUTVIKLER"],
  /** Record that the region's Oppvekstforum adopted the plan (the decided case). */
  "plan.adopt": ["SKOLEUTVIKLER", "STATSFORVALTER"],
  /** Create and edit the region's networks, their participants and gatherings, and record attendance. */
  "network.edit": ["SKOLEUTVIKLER"],
  /** Confirm the participation criteria for a school that takes part in a network (seed 001 §3.7.1). */
  "network.confirm": ["SKOLEUTVIKLER", "SKOLEEIER", "SKOLELEDER"],
  /** Write and submit the school owner's behovsmelding. */
  "needs.report": ["SKOLEEIER"],
  /** Read the behovsmeldinger and their summary (the region's and the county's). */
  "needs.read": ["STATSFORVALTER", "FORUM_MEMBER", "SKOLEUTVIKLER", "UH_PARTNER", "OPPVEKSTFORUM_MEMBER"],
  /** Give one school owner a later deadline for its behovsmelding. */
  "needs.extend": ["STATSFORVALTER"],
  /** Assemble, edit and record the adoption of the forum's yearly innstilling. */
  "recommendation.manage": ["STATSFORVALTER"],
  /** Read and comment on the innstilling while it is a draft (adopted ones are public). */
  "recommendation.comment": ["STATSFORVALTER", "FORUM_MEMBER"],
  /** Read a plan before it is adopted (adopted plans are public). */
  "plan.read": ["STATSFORVALTER", "FORUM_MEMBER", "SKOLEUTVIKLER", "OPPVEKSTFORUM_MEMBER", "UH_PARTNER"],
  /** Read the Oppvekstforum's internal cases and who holds the vote. */
  "forum.read": ["STATSFORVALTER", "FORUM_MEMBER", "SKOLEUTVIKLER", "OPPVEKSTFORUM_MEMBER", "UH_PARTNER"],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof POLICY;

/** Whether one grant covers the scope: the grant's own id at its level must match the target's. */
export function grantCovers(grant: Grant, scope: Scope): boolean {
  switch (ROLE_LEVEL[grant.role]) {
    case "installation":
      return true;
    case "county":
      return !!grant.countyId && grant.countyId === scope.countyId;
    case "region":
      return !!grant.regionId && grant.regionId === scope.regionId;
    case "owner":
      return !!grant.schoolOwnerId && grant.schoolOwnerId === scope.schoolOwnerId;
    case "school":
      return !!grant.schoolId && (scope.schoolIds ?? []).includes(grant.schoolId);
  }
}

export function can(actor: Actor | null, permission: Permission, scope: Scope): boolean {
  if (!actor) return false;
  const roles: readonly Role[] = POLICY[permission];
  return actor.grants.some((g) => roles.includes(g.role) && grantCovers(g, scope));
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Forbidden: missing permission ${permission} in scope`);
  }
}

/** Throws ForbiddenError unless the actor holds the permission in the scope. */
export function authorize(actor: Actor | null, permission: Permission, scope: Scope): asserts actor is Actor {
  if (!can(actor, permission, scope)) throw new ForbiddenError(permission);
}

/**
 * Names of people in SUT/SKUT groups are for signed-in portal users with a role; the public sees the
 * groups' composition by role only (the groups are public bodies' working groups, the people are staff).
 */
export function canSeeGroupMemberNames(actor: Actor | null): boolean {
  return !!actor && actor.grants.length > 0;
}

/**
 * The ids the user's grants name, by level: where the queries look first (a superset of what the user may
 * see there; can() still decides). Not the places below a grant, which the database finds.
 */
export function grantedIds(actor: Actor): { countyIds: string[]; regionIds: string[]; ownerIds: string[]; schoolIds: string[] } {
  const ids = (key: "countyId" | "regionId" | "schoolOwnerId" | "schoolId") => [...new Set(actor.grants.flatMap((g) => (g[key] ? [g[key]] : [])))];
  return { countyIds: ids("countyId"), regionIds: ids("regionId"), ownerIds: ids("schoolOwnerId"), schoolIds: ids("schoolId") };
}

/** The roles a user holds at all, for the start page's sections. */
export function rolesOf(actor: Actor): Role[] {
  return ROLES.filter((r) => actor.grants.some((g) => g.role === r));
}

// ---- Administration: who may give and take which roles, where (the people-and-access rules) ----

/**
 * The roles each role may give, take and invite to, each within the giver's own scope: the system
 * administrator starts counties (their first Statsforvalteren) and names other administrators;
 * Statsforvalteren runs her county; a skoleutvikler manages her own region's Oppvekstforum members and the
 * people of its SUT/SKUT groups (skoleeiere, skoleledere). No one gives a role above or outside their scope.
 */
export const ADMINISTERS: Partial<Record<Role, readonly Role[]>> = {
  SYSTEM_ADMIN: ["SYSTEM_ADMIN", "STATSFORVALTER"],
  STATSFORVALTER: ["STATSFORVALTER", "FORUM_MEMBER", "SKOLEUTVIKLER", "OPPVEKSTFORUM_MEMBER", "UH_PARTNER", "SKOLEEIER", "SKOLELEDER"],
  SKOLEUTVIKLER: ["OPPVEKSTFORUM_MEMBER", "SKOLEEIER", "SKOLELEDER"],
};

/** A role on its way to (or from) someone: the role, and where its scope sits (null: the installation). */
export type GrantTarget = { role: Role; scope: Scope | null };

/** Whether the actor may give or take this role in this scope. */
export function mayAdminister(actor: Actor | null, target: GrantTarget): boolean {
  if (!actor) return false;
  return actor.grants.some((g) => {
    if (!(ADMINISTERS[g.role] ?? []).includes(target.role)) return false;
    if (ROLE_LEVEL[g.role] === "installation") return true;
    return target.scope !== null && grantCovers(g, target.scope);
  });
}

/** Whether the actor may give or take any role at all (sees the access pages). */
export function administersAnyone(actor: Actor | null): boolean {
  return !!actor && actor.grants.some((g) => (ADMINISTERS[g.role] ?? []).length > 0);
}

/** The roles the actor may give somewhere (for the forms; the server checks the scope with mayAdminister). */
export function rolesAdministeredBy(actor: Actor): Role[] {
  return ROLES.filter((r) => actor.grants.some((g) => (ADMINISTERS[g.role] ?? []).includes(r)));
}

export type ScopeIds = { countyId?: string | null; regionId?: string | null; schoolOwnerId?: string | null; schoolId?: string | null };

/** The level a role's scope ids name (exactly one id, or none for the installation), or null when they don't fit. */
export function levelOfScope(ids: ScopeIds): Level | null {
  const given = (["countyId", "regionId", "schoolOwnerId", "schoolId"] as const).filter((k) => !!ids[k]);
  if (given.length === 0) return "installation";
  if (given.length > 1) return null;
  return ({ countyId: "county", regionId: "region", schoolOwnerId: "owner", schoolId: "school" } as const)[given[0]];
}

export type GrantShapeProblem = "scope-missing" | "scope-wrong-level";

/** A role must come with a scope of its own level: a skoleutvikler with a region, a skoleleder with a school. */
export function grantShapeProblem(role: Role, ids: ScopeIds): GrantShapeProblem | null {
  const level = levelOfScope(ids);
  if (level === ROLE_LEVEL[role]) return null;
  return level === "installation" ? "scope-missing" : "scope-wrong-level";
}

/**
 * A county must always have a Statsforvalteren who can administer it: removing roles or deactivating users
 * may not take away the last one. `governors` are the users who hold STATSFORVALTER in the county now.
 */
export function leavesCountyWithoutGovernor(governors: readonly string[], losing: readonly string[]): boolean {
  const remaining = new Set(governors);
  for (const id of losing) remaining.delete(id);
  return governors.length > 0 && remaining.size === 0;
}

export type DeactivateProblem = "self" | "not-yours";

/** A user may be deactivated by someone who administers every role the user holds (never oneself). */
export function deactivateProblem(actor: Actor, targetUserId: string, targetGrants: readonly GrantTarget[]): DeactivateProblem | null {
  if (actor.id === targetUserId) return "self";
  const isAdmin = actor.grants.some((g) => g.role === "SYSTEM_ADMIN");
  if (targetGrants.length === 0) return isAdmin ? null : "not-yours";
  return targetGrants.every((t) => mayAdminister(actor, t)) ? null : "not-yours";
}
