// Adding and removing SUT/SKUT members: authorize, validate, check the version, write and audit in one
// transaction. Called by the server actions in actions.ts with the signed-in user, and by the tests.
import { can } from "@/domain/authorization";
import { MAX_GROUP_MEMBERS, roleFitsGroup } from "@/domain/groups";
import { errors, msg } from "@/i18n/server-text";
import { recordAudit } from "../audit";
import { claimVersion, refuse, guarded } from "../transaction";
import { groupScope } from "./group-scope";
import { addGroupMemberSchema, removeGroupMemberSchema } from "./schemas";

export const addGroupMember = guarded(addGroupMemberSchema, async (tx, actor, input) => {
  const found = await groupScope(tx, input.groupId);
  if (!found) throw refuse(errors.notFound);
  if (!can(actor, "group.edit", found.scope)) throw refuse(errors.forbidden);
  const { group } = found;
  if (!roleFitsGroup(group.kind, input.role)) {
    throw refuse(msg("groupPage.server.roleNotInKind", { kind: group.kind, role: msg(`groupRoles.${input.role}`) }), {
      role: [msg("groupPage.server.roleNotInKindField", { kind: group.kind })],
    });
  }
  if ((await tx.groupMember.count({ where: { groupId: group.id } })) >= MAX_GROUP_MEMBERS) {
    throw refuse(msg("groupPage.server.tooMany", { max: MAX_GROUP_MEMBERS }));
  }
  await claimVersion(tx.developmentGroup, group.id, input.version, errors.staleGroup);
  const member = await tx.groupMember.create({ data: { groupId: group.id, name: input.name, role: input.role } });
  await recordAudit(tx, {
    actorId: actor.id, action: "group.member.add", entityType: "DevelopmentGroup", entityId: group.id,
    before: null, after: { memberId: member.id, name: member.name, role: member.role },
  });
  return { ok: true as const, message: msg("groupPage.server.added", { name: member.name, group: group.name }), data: { memberId: member.id } };
});

export const removeGroupMember = guarded(removeGroupMemberSchema, async (tx, actor, input) => {
  const found = await groupScope(tx, input.groupId);
  if (!found) throw refuse(errors.notFound);
  if (!can(actor, "group.edit", found.scope)) throw refuse(errors.forbidden);
  const member = await tx.groupMember.findFirst({ where: { id: input.memberId, groupId: input.groupId } });
  await claimVersion(tx.developmentGroup, input.groupId, input.version, errors.staleGroup);
  if (!member) throw refuse(errors.staleGroup);
  await tx.groupMember.delete({ where: { id: member.id } });
  await recordAudit(tx, {
    actorId: actor.id, action: "group.member.remove", entityType: "DevelopmentGroup", entityId: input.groupId,
    before: { memberId: member.id, name: member.name, role: member.role }, after: null,
  });
  return { ok: true as const, message: msg("groupPage.server.removed", { name: member.name, group: found.group.name }) };
});
