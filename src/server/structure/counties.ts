// Creating a county: the system administrator starts a county, then invites its first Statsforvalteren,
// who sets it up (county administration). The defaults of the county's settings are in schema.prisma.
import { can } from "@/domain/authorization";
import { errors, msg } from "@/i18n/server-text";
import { slugify } from "@/domain/slug";
import { access } from "@/lib/messages/access";
import { recordAudit } from "../audit";
import { countySchema } from "../access/schemas";
import { guarded, refuse } from "../transaction";

export const createCounty = guarded(countySchema, async (tx, actor, input, now) => {
  // The installation's administrator holds a grant that covers every scope; the county id does not matter.
  if (!can(actor, "installation.manage", { countyId: "" })) throw refuse(errors.forbidden);
  const slug = slugify(input.name);
  if (!slug) throw refuse(access.countyExists, { name: [msg("access.server.nameLetters")] });
  if (await tx.county.findUnique({ where: { slug } })) throw refuse(access.countyExists, { name: [access.countyExists] });
  const county = await tx.county.create({
    data: { slug, name: input.name, governorName: input.governorName, forumName: msg("access.server.forumName", { county: input.name }), createdAt: now },
  });
  // A county starts with the first scheme of the regulation (by position); its Statsforvalteren adds the others it runs.
  const first = await tx.scheme.findFirst({ orderBy: { position: "asc" }, select: { id: true } });
  if (first) await tx.countyScheme.create({ data: { countyId: county.id, schemeId: first.id } });
  await recordAudit(tx, { actorId: actor.id, action: "county.create", entityType: "County", entityId: county.id, after: { slug, name: county.name, governorName: county.governorName } });
  return { ok: true as const, message: access.countyCreated(county.name), data: { countyId: county.id, slug } };
});
