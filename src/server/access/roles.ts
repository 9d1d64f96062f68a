// Giving and taking roles, deactivating and reactivating users. Every change is authorized by the
// administration rules in src/domain/authorization.ts, written with its audit entry in one transaction,
// and takes effect on the user's next request (roles and the user's state are read fresh every request).
import {
  deactivateProblem, grantShapeProblem, leavesCountyWithoutGovernor, mayAdminister, type GrantTarget,
} from "@/domain/authorization";
import { errors } from "@/i18n/server-text";
import { access, deactivateMessage, grantShapeMessage, roleName } from "@/lib/messages/access";
import { recordAudit } from "../audit";
import { guarded, refuse, type Tx } from "../transaction";
import { governorsOf, idsOf, lockCounties, resolveScope } from "./scope";
import { assignmentSchema, grantRoleSchema, userSchema } from "./schemas";

export const grantRole = guarded(grantRoleSchema, async (tx, actor, input) => {
  const user = await tx.user.findUnique({ where: { id: input.userId } });
  if (!user) throw refuse(access.userNotFound);
  if (user.deactivatedAt) throw refuse(access.userDeactivated);
  const shape = grantShapeProblem(input.role, input.scope);
  if (shape) throw refuse(grantShapeMessage[shape], { scope: [grantShapeMessage[shape]] });
  const resolved = await resolveScope(tx, input.scope);
  if (!resolved) throw refuse(access.scopeNotFound, { scope: [access.scopeNotFound] });
  if (!mayAdminister(actor, { role: input.role, scope: resolved.scope })) throw refuse(access.notAllowedToGive, { role: [access.notAllowedToGive] });
  const held = await tx.roleAssignment.findFirst({
    where: { userId: user.id, role: input.role, countyId: input.scope.countyId ?? null, regionId: input.scope.regionId ?? null,
      schoolOwnerId: input.scope.schoolOwnerId ?? null, schoolId: input.scope.schoolId ?? null },
  });
  if (held) throw refuse(access.roleAlreadyHeld, { role: [access.roleAlreadyHeld] });
  // The unique index dekom_unique_role_in_scope refuses a second copy given at the same moment.
  const created = await tx.roleAssignment.create({ data: { userId: user.id, role: input.role, ...input.scope } });
  await recordAudit(tx, { actorId: actor.id, action: "role.grant", entityType: "User", entityId: user.id,
    after: { assignmentId: created.id, role: input.role, ...input.scope, scopeName: resolved.name } });
  return { ok: true as const, message: access.granted(roleName(input.role), user.name) };
});

export const revokeRole = guarded(assignmentSchema, async (tx, actor, input) => {
  const assignment = await tx.roleAssignment.findUnique({ where: { id: input.assignmentId }, include: { user: true } });
  if (!assignment) throw refuse(errors.staleVersion);
  const resolved = await resolveScope(tx, idsOf(assignment));
  if (!mayAdminister(actor, { role: assignment.role, scope: resolved?.scope ?? null })) throw refuse(access.notAllowedToTake);
  if (assignment.role === "STATSFORVALTER" && assignment.countyId) {
    await lockCounties(tx, [assignment.countyId]);
    if (leavesCountyWithoutGovernor(await governorsOf(tx, assignment.countyId), [assignment.userId])) {
      throw refuse(access.lastGovernor(resolved?.name ?? ""));
    }
  }
  const { count } = await tx.roleAssignment.deleteMany({ where: { id: assignment.id } });
  if (count !== 1) throw refuse(errors.staleVersion);
  await recordAudit(tx, { actorId: actor.id, action: "role.revoke", entityType: "User", entityId: assignment.userId,
    before: { assignmentId: assignment.id, role: assignment.role, ...idsOf(assignment), scopeName: resolved?.name }, after: null });
  return { ok: true as const, message: access.revoked(roleName(assignment.role), assignment.user.name) };
});

/** The user's roles as the rules take them, for deactivation. */
async function targetsOf(tx: Tx, userId: string) {
  const roles = await tx.roleAssignment.findMany({ where: { userId } });
  const targets: (GrantTarget & { countyId: string | null })[] = [];
  for (const r of roles) {
    const resolved = await resolveScope(tx, idsOf(r));
    targets.push({ role: r.role, scope: resolved?.scope ?? null, countyId: r.role === "STATSFORVALTER" ? r.countyId : null });
  }
  return targets;
}

export const deactivateUser = guarded(userSchema, async (tx, actor, input, now) => {
  const user = await tx.user.findUnique({ where: { id: input.userId } });
  if (!user) throw refuse(access.userNotFound);
  const targets = await targetsOf(tx, user.id);
  const problem = deactivateProblem(actor, user.id, targets);
  if (problem) throw refuse(deactivateMessage[problem]);
  const governed = targets.map((t) => t.countyId).filter((c): c is string => !!c);
  await lockCounties(tx, governed);
  for (const countyId of governed) {
    if (leavesCountyWithoutGovernor(await governorsOf(tx, countyId), [user.id])) {
      const county = await tx.county.findUniqueOrThrow({ where: { id: countyId } });
      throw refuse(access.lastGovernor(county.name));
    }
  }
  const { count } = await tx.user.updateMany({ where: { id: user.id, deactivatedAt: null }, data: { deactivatedAt: now } });
  if (count !== 1) throw refuse(access.alreadyDeactivated);
  await tx.userSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
  await recordAudit(tx, { actorId: actor.id, action: "user.deactivate", entityType: "User", entityId: user.id, before: { active: true }, after: { deactivatedAt: now } });
  return { ok: true as const, message: access.deactivated(user.name) };
});

export const reactivateUser = guarded(userSchema, async (tx, actor, input) => {
  const user = await tx.user.findUnique({ where: { id: input.userId } });
  if (!user) throw refuse(access.userNotFound);
  const problem = deactivateProblem(actor, user.id, await targetsOf(tx, user.id));
  if (problem) throw refuse(deactivateMessage[problem]);
  const { count } = await tx.user.updateMany({ where: { id: user.id, deactivatedAt: { not: null } }, data: { deactivatedAt: null } });
  if (count !== 1) throw refuse(access.notDeactivated);
  await recordAudit(tx, { actorId: actor.id, action: "user.reactivate", entityType: "User", entityId: user.id, before: { deactivatedAt: user.deactivatedAt }, after: { active: true } });
  return { ok: true as const, message: access.reactivated(user.name) };
});
