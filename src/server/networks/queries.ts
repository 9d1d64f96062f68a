import "server-only";
// Reads of the region's networks: the list and one network with its participants, criteria checklist and gatherings.
import { can, type Actor } from "@/domain/authorization";
import { attendancePercent, criteriaStatus } from "@/domain/networks";
import { db } from "../db";
import { countySchemes } from "../schemes";

/** Who may read a region's networks: the plan's readers, and the owners and leaders of its schools (to confirm criteria). */
async function readable(actor: Actor, region: { id: string; countyId: string }) {
  const scope = { countyId: region.countyId, regionId: region.id };
  if (can(actor, "plan.read", scope)) return true;
  const owners = await db().schoolOwner.findMany({ where: { regionId: region.id }, select: { id: true, schools: { select: { id: true } } } });
  return owners.some((o) => can(actor, "network.confirm", { ...scope, schoolOwnerId: o.id, schoolIds: o.schools.map((s) => s.id) }));
}

const regionOf = (countySlug: string, regionSlug: string) => db().region.findFirst({ where: { slug: regionSlug, county: { slug: countySlug } }, include: { county: { select: { slug: true, name: true } } } });

export async function getNetworkList(actor: Actor, countySlug: string, regionSlug: string) {
  const region = await regionOf(countySlug, regionSlug);
  if (!region || !(await readable(actor, region))) return null;
  const networks = await db().network.findMany({
    where: { regionId: region.id }, orderBy: { name: "asc" },
    include: { scheme: { select: { code: true } }, _count: { select: { participants: true, gatherings: true } }, gatherings: { where: { startsAt: { gte: new Date() } }, orderBy: { startsAt: "asc" }, take: 1 } },
  });
  return { region, networks, schemes: await countySchemes(db(), region.countyId), canEdit: can(actor, "network.edit", { countyId: region.countyId, regionId: region.id }) };
}

export async function getNetwork(actor: Actor, countySlug: string, regionSlug: string, networkId: string) {
  const region = await regionOf(countySlug, regionSlug);
  if (!region || !(await readable(actor, region))) return null;
  const network = await db().network.findFirst({
    where: { id: networkId, regionId: region.id },
    include: {
      scheme: { select: { code: true } },
      participants: { include: { school: { include: { owner: { select: { id: true, name: true } } } }, confirmations: { select: { criterionId: true } } }, orderBy: [{ school: { name: "asc" } }, { label: "asc" }] },
      gatherings: { orderBy: { startsAt: "asc" }, include: { attendance: { select: { participantId: true } } } },
    },
  });
  if (!network) return null;
  const [criteria, schools] = await Promise.all([
    db().participationCriterion.findMany({ where: { regionId: region.id }, orderBy: [{ audience: "asc" }, { position: "asc" }] }),
    db().school.findMany({ where: { owner: { regionId: region.id } }, orderBy: { name: "asc" }, select: { id: true, name: true, owner: { select: { name: true } } } }),
  ]);
  const scope = { countyId: region.countyId, regionId: region.id };
  const ids = criteria.map((c) => c.id);
  const participants = network.participants.map((p) => ({
    ...p,
    status: p.school ? criteriaStatus(ids, p.confirmations.map((c) => c.criterionId)) : null,
    canConfirm: !!p.school && can(actor, "network.confirm", { ...scope, schoolOwnerId: p.school.ownerId, schoolIds: [p.school.id] }),
  }));
  const gatherings = network.gatherings.map((g) => ({ ...g, percent: attendancePercent(g.attendance.length, network.participants.length) }));
  const taken = new Set(network.participants.map((p) => p.schoolId));
  return { region, network, schemes: await countySchemes(db(), region.countyId), participants, gatherings, criteria, freeSchools: schools.filter((s) => !taken.has(s.id)), canEdit: can(actor, "network.edit", scope) };
}
