// Creating a development group (SUT, SKUT, or a kindergarten group for REKOM) of a school owner: authorize
// (group.edit in the owner's scope), apply the rule (domain/groups.ts), write and audit in one transaction. The
// owner's row is locked, so two people creating the municipality's SUT at once get one SUT.
import { can } from "@/domain/authorization";
import { newGroupProblem } from "@/domain/groups";
import { errors, msg } from "@/i18n/server-text";
import { recordAudit } from "../audit";
import { guarded, refuse } from "../transaction";
import { createGroupSchema } from "./schemas";

export const createGroup = guarded(createGroupSchema, async (tx, actor, input) => {
  await tx.$queryRaw`SELECT id FROM "SchoolOwner" WHERE id = ${input.ownerId} FOR UPDATE`;
  const owner = await tx.schoolOwner.findUnique({
    where: { id: input.ownerId },
    include: { region: true, schools: { select: { id: true } }, kindergartens: { select: { id: true } }, groups: { select: { kind: true, name: true } } },
  });
  if (!owner) throw refuse(errors.notFound);
  const mine = { schools: new Set(owner.schools.map((s) => s.id)), kindergartens: new Set(owner.kindergartens.map((k) => k.id)) };
  const scope = { countyId: owner.region.countyId, regionId: owner.regionId, schoolOwnerId: owner.id, schoolIds: input.schoolIds.filter((s) => mine.schools.has(s)) };
  // Someone who may edit only some of the owner's groups (a skoleleder: a SKUT with her school) and chose none of
  // its schools is told what to choose rather than refused outright; the exact scope is checked after the rule.
  if (!can(actor, "group.edit", { ...scope, schoolIds: [...mine.schools] })) throw refuse(errors.forbidden);
  const problem = newGroupProblem(input.kind, {
    ownerIsMunicipality: owner.kind === "KOMMUNE", ownerHasSut: owner.groups.some((g) => g.kind === "SUT"),
    schools: input.schoolIds.length, kindergartens: input.kindergartenIds.length,
    foreign: input.schoolIds.filter((s) => !mine.schools.has(s)).length + input.kindergartenIds.filter((k) => !mine.kindergartens.has(k)).length,
  });
  if (problem) {
    const field = problem.startsWith("sut-not") || problem === "sut-exists" ? "kind" : "units";
    throw refuse(msg(`groupsNew.problem.${problem}`), { [field]: [msg(`groupsNew.problem.${problem}`)] });
  }
  if (!can(actor, "group.edit", scope)) throw refuse(errors.forbidden);
  if (owner.groups.some((g) => g.name.toLowerCase() === input.name.toLowerCase())) throw refuse(msg("groupsNew.exists"), { name: [msg("groupsNew.exists")] });
  const group = await tx.developmentGroup.create({
    data: {
      ownerId: owner.id, kind: input.kind, name: input.name,
      schools: { connect: input.schoolIds.map((id) => ({ id })) }, kindergartens: { connect: input.kindergartenIds.map((id) => ({ id })) },
    },
  });
  await recordAudit(tx, { actorId: actor.id, action: "group.create", entityType: "DevelopmentGroup", entityId: group.id,
    after: { ownerId: owner.id, kind: group.kind, name: group.name, schoolIds: input.schoolIds, kindergartenIds: input.kindergartenIds } });
  return { ok: true as const, message: msg("groupsNew.created", { name: group.name }), data: { groupId: group.id } };
});
