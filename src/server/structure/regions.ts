// Creating a kompetanseregion in a county (Statsforvalteren). The first step of setting up a county; the
// county-administration work adds editing, owners, schools and periods.
import { can } from "@/domain/authorization";
import { slugify } from "@/domain/slug";
import { errors } from "@/i18n/server-text";
import { structure } from "@/lib/messages/structure";
import { recordAudit } from "../audit";
import { guarded, refuse } from "../transaction";
import { createRegionSchema } from "./schemas";
import { regionNameTaken } from "./names";

export const createRegion = guarded(createRegionSchema, async (tx, actor, input) => {
  const county = await tx.county.findUnique({ where: { id: input.countyId } });
  if (!county) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: county.id })) throw refuse(errors.forbidden);
  if (await regionNameTaken(tx, county.id, input.name)) {
    throw refuse(structure.regionExists, { name: [structure.regionExists] });
  }
  // Region addresses are unique across the installation: another county's region of the same name gets the county in front.
  const base = slugify(input.name);
  const slug = (await tx.region.findUnique({ where: { slug: base } })) ? `${county.slug}-${base}` : base;
  const region = await tx.region.create({ data: { countyId: county.id, slug, name: input.name, coordinator: input.coordinator, uhPartner: input.uhPartner } });
  await recordAudit(tx, { actorId: actor.id, action: "region.create", entityType: "Region", entityId: region.id, after: { countyId: county.id, slug, name: region.name, coordinator: region.coordinator, uhPartner: region.uhPartner } });
  return { ok: true as const, message: structure.regionCreated(region.name), data: { slug } };
});
