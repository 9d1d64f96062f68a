// Regions, school owners, schools and kindergartens edited by hand (Statsforvalteren); the import (imports.ts) does the
// same in bulk. Organisasjonsnumre are validated by mod 11 (src/domain/orgnr.ts) and unique in the database.
import { can } from "@/domain/authorization";
import { errors } from "@/i18n/server-text";
import { structure, units as text } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { joinOpenPeriods } from "./memberships";
import { kindergartenNameTaken, regionNameTaken, schoolNameTaken } from "./names";
import { guarded, refuse } from "../transaction";
import { addKindergartenSchema, addOwnerSchema, addSchoolSchema, updateRegionSchema } from "./schemas";
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
