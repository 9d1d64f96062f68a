// Regions, school owners, schools and kindergartens edited by hand (Statsforvalteren); the import (imports.ts) does the
// same in bulk. Organisasjonsnumre are validated by mod 11 (src/domain/orgnr.ts) and unique in the database.
import { can } from "@/domain/authorization";
import { errors } from "@/i18n/server-text";
import { structure, units as text } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { joinOpenPeriods } from "./memberships";
import { kindergartenNameTaken, regionNameTaken, schoolNameTaken } from "./names";
import { claimVersion, guarded, refuse, type Tx } from "../transaction";
import { addKindergartenSchema, addOwnerSchema, addSchoolSchema, removeKindergartenSchema, removeSchoolSchema, updateKindergartenSchema, updateRegionSchema, updateSchoolSchema } from "./schemas";
import { unitRemovalProblem, type UnitUses } from "@/domain/units";
import { unitRemovalText } from "@/lib/messages/structure";
import { msg } from "@/i18n/server-text";

export const updateRegion = guarded(updateRegionSchema, async (tx, actor, input) => {
  const region = await tx.region.findUnique({ where: { id: input.regionId } });
  if (!region) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: region.countyId })) throw refuse(errors.forbidden);
  if (await regionNameTaken(tx, region.countyId, input.name, region.id)) throw refuse(structure.regionExists, { name: [structure.regionExists] });
  const after = { name: input.name, coordinator: input.coordinator, uhPartner: input.uhPartner };
  await tx.region.update({ where: { id: region.id }, data: after });
  await recordAudit(tx, { actorId: actor.id, action: "region.update", entityType: "Region", entityId: region.id,
    before: { name: region.name, coordinator: region.coordinator, uhPartner: region.uhPartner }, after });
  return { ok: true as const, message: text.regionSaved(input.name) };
});

export const addOwner = guarded(addOwnerSchema, async (tx, actor, input, now) => {
  const region = await tx.region.findUnique({ where: { id: input.regionId } });
  if (!region) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: region.countyId })) throw refuse(errors.forbidden);
  const taken = await tx.schoolOwner.findUnique({ where: { orgNumber: input.orgNumber }, include: { region: true } });
  if (taken) throw refuse(text.ownerExists(taken.region.name), { orgNumber: [text.ownerExists(taken.region.name)] });
  const owner = await tx.schoolOwner.create({ data: { regionId: region.id, name: input.name, kind: input.kind, orgNumber: input.orgNumber } });
  await joinOpenPeriods(tx, owner, region.countyId, now);
  await recordAudit(tx, { actorId: actor.id, action: "owner.create", entityType: "SchoolOwner", entityId: owner.id, after: { regionId: region.id, name: owner.name, kind: owner.kind, orgNumber: owner.orgNumber } });
  return { ok: true as const, message: text.ownerAdded(owner.name) };
});

export const addSchool = guarded(addSchoolSchema, async (tx, actor, input) => {
  const owner = await tx.schoolOwner.findUnique({ where: { id: input.ownerId }, include: { region: true } });
  if (!owner) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: owner.region.countyId })) throw refuse(errors.forbidden);
  if (await schoolNameTaken(tx, owner.id, input.name)) throw refuse(text.schoolExists, { name: [text.schoolExists] });
  if (input.orgNumber && (await tx.school.findUnique({ where: { orgNumber: input.orgNumber } }))) throw refuse(text.schoolOrgExists, { orgNumber: [text.schoolOrgExists] });
  // The unique keys (owner + name, orgnr) hold when two add the same school at once.
  const school = await tx.school.create({ data: { ownerId: owner.id, name: input.name, orgNumber: input.orgNumber ?? null, isPrivate: owner.kind === "PRIVAT" } });
  await recordAudit(tx, { actorId: actor.id, action: "school.create", entityType: "School", entityId: school.id, after: { ownerId: owner.id, name: school.name, orgNumber: school.orgNumber } });
  return { ok: true as const, message: text.schoolAdded(school.name) };
});

/** A kindergarten (REKOM) under an owner of the region; private if its owner is. The unique keys (owner + name, orgnr) hold under concurrency. */
export const addKindergarten = guarded(addKindergartenSchema, async (tx, actor, input) => {
  const owner = await tx.schoolOwner.findUnique({ where: { id: input.ownerId }, include: { region: true } });
  if (!owner) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: owner.region.countyId })) throw refuse(errors.forbidden);
  if (await kindergartenNameTaken(tx, owner.id, input.name)) throw refuse(msg("kindergartens.exists"), { name: [msg("kindergartens.exists")] });
  if (input.orgNumber && (await tx.kindergarten.findUnique({ where: { orgNumber: input.orgNumber } }))) throw refuse(msg("kindergartens.orgExists"), { orgNumber: [msg("kindergartens.orgExists")] });
  const kindergarten = await tx.kindergarten.create({
    data: { ownerId: owner.id, name: input.name, orgNumber: input.orgNumber ?? null, children: input.children ?? null, isPrivate: owner.kind === "PRIVAT" },
  });
  await recordAudit(tx, { actorId: actor.id, action: "kindergarten.create", entityType: "Kindergarten", entityId: kindergarten.id,
    after: { ownerId: owner.id, name: kindergarten.name, orgNumber: kindergarten.orgNumber, children: kindergarten.children, isPrivate: kindergarten.isPrivate } });
  return { ok: true as const, message: msg("kindergartens.added", { name: kindergarten.name }) };
});

type Actor = Parameters<typeof can>[0];
const withCounty = { owner: { include: { region: true } } } as const;
/** The school or kindergarten (null: not found), if the actor manages its owner's county. */
function managed<T extends { owner: { region: { countyId: string } } }>(actor: Actor, row: T | null): T {
  if (!row) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: row.owner.region.countyId })) throw refuse(errors.forbidden);
  return row;
}
/** The school the page showed at `version`, claimed (a newer version: someone changed it since). */
async function schoolFor(tx: Tx, actor: Actor, id: string, version: number) {
  const school = managed(actor, await tx.school.findUnique({ where: { id }, include: withCounty }));
  await claimVersion(tx.school, school.id, version, msg("units.stale", { name: school.name }));
  return school;
}
async function kindergartenFor(tx: Tx, actor: Actor, id: string, version: number) {
  const kindergarten = managed(actor, await tx.kindergarten.findUnique({ where: { id }, include: withCounty }));
  await claimVersion(tx.kindergarten, kindergarten.id, version, msg("units.stale", { name: kindergarten.name }));
  return kindergarten;
}

export const updateSchool = guarded(updateSchoolSchema, async (tx, actor, input) => {
  const school = await schoolFor(tx, actor, input.schoolId, input.version);
  if (await schoolNameTaken(tx, school.ownerId, input.name, school.id)) throw refuse(text.schoolExists, { name: [text.schoolExists] });
  if (input.orgNumber && (await tx.school.findFirst({ where: { orgNumber: input.orgNumber, id: { not: school.id } } }))) throw refuse(text.schoolOrgExists, { orgNumber: [text.schoolOrgExists] });
  const after = { name: input.name, orgNumber: input.orgNumber ?? null, pupils: input.pupils ?? null };
  await tx.school.update({ where: { id: school.id }, data: after });
  await recordAudit(tx, { actorId: actor.id, action: "school.update", entityType: "School", entityId: school.id, before: { name: school.name, orgNumber: school.orgNumber, pupils: school.pupils }, after });
  return { ok: true as const, message: msg("units.schoolSaved", { name: input.name }) };
});

export const updateKindergarten = guarded(updateKindergartenSchema, async (tx, actor, input) => {
  const kindergarten = await kindergartenFor(tx, actor, input.kindergartenId, input.version);
  if (await kindergartenNameTaken(tx, kindergarten.ownerId, input.name, kindergarten.id)) throw refuse(msg("kindergartens.exists"), { name: [msg("kindergartens.exists")] });
  if (input.orgNumber && (await tx.kindergarten.findFirst({ where: { orgNumber: input.orgNumber, id: { not: kindergarten.id } } }))) throw refuse(msg("kindergartens.orgExists"), { orgNumber: [msg("kindergartens.orgExists")] });
  const after = { name: input.name, orgNumber: input.orgNumber ?? null, children: input.children ?? null };
  await tx.kindergarten.update({ where: { id: kindergarten.id }, data: after });
  await recordAudit(tx, { actorId: actor.id, action: "kindergarten.update", entityType: "Kindergarten", entityId: kindergarten.id, before: { name: kindergarten.name, orgNumber: kindergarten.orgNumber, children: kindergarten.children }, after });
  return { ok: true as const, message: msg("units.kindergartenSaved", { name: input.name }) };
});

/**
 * Removes a school that nothing refers to. The row is locked first, so a network, tiltak, role or group that takes
 * the school at the same moment waits for this and then finds it gone (or this finds it in use).
 */
export const removeSchool = guarded(removeSchoolSchema, async (tx, actor, input) => {
  const school = await schoolFor(tx, actor, input.schoolId, input.version);
  await tx.$queryRaw`SELECT id FROM "School" WHERE id = ${school.id} FOR UPDATE`;
  const uses: UnitUses = {
    networks: await tx.networkParticipant.count({ where: { schoolId: school.id } }),
    measures: await tx.measure.count({ where: { schools: { some: { id: school.id } } } }),
    roles: await tx.roleAssignment.count({ where: { schoolId: school.id } }),
    groups: await tx.developmentGroup.count({ where: { schools: { some: { id: school.id } } } }),
  };
  const problem = unitRemovalProblem(uses);
  if (problem) throw refuse(unitRemovalText(school.name, problem));
  await tx.school.delete({ where: { id: school.id } });
  await recordAudit(tx, { actorId: actor.id, action: "school.remove", entityType: "School", entityId: school.id, before: { ownerId: school.ownerId, name: school.name, orgNumber: school.orgNumber, pupils: school.pupils } });
  return { ok: true as const, message: msg("units.removed", { name: school.name }) };
});

export const removeKindergarten = guarded(removeKindergartenSchema, async (tx, actor, input) => {
  const kindergarten = await kindergartenFor(tx, actor, input.kindergartenId, input.version);
  await tx.$queryRaw`SELECT id FROM "Kindergarten" WHERE id = ${kindergarten.id} FOR UPDATE`;
  const problem = unitRemovalProblem({ networks: 0, measures: 0, roles: 0, groups: await tx.developmentGroup.count({ where: { kindergartens: { some: { id: kindergarten.id } } } }) });
  if (problem) throw refuse(unitRemovalText(kindergarten.name, problem));
  await tx.kindergarten.delete({ where: { id: kindergarten.id } });
  await recordAudit(tx, { actorId: actor.id, action: "kindergarten.remove", entityType: "Kindergarten", entityId: kindergarten.id, before: { ownerId: kindergarten.ownerId, name: kindergarten.name, orgNumber: kindergarten.orgNumber, children: kindergarten.children } });
  return { ok: true as const, message: msg("units.removed", { name: kindergarten.name }) };
});
