import "server-only";
// The region's networks, written by its skoleutvikler; the criteria checklist, confirmed for a participating school
// by its leader, its owner or the skoleutvikler. Each write authorizes against the region (or school), validates,
// applies src/domain/networks.ts and writes with its audit entry in one transaction.
import { can, type Actor } from "@/domain/authorization";
import { gatheringProblems } from "@/domain/networks";
import { errors } from "@/i18n/server-text";
import { gatheringPartText, networkText } from "@/lib/messages/networks";
import { recordAudit } from "../audit";
import { requireCountyScheme } from "../schemes";
import { claimVersion, guarded, refuse, type Tx } from "../transaction";
import { attendanceSchema, confirmSchema, gatheringSchema, networkSchema, participantSchema, removeParticipantSchema } from "./schemas";

async function editableNetwork(tx: Tx, actor: Actor, networkId: string, version: number) {
  const network = await tx.network.findUnique({ where: { id: networkId }, include: { region: { select: { id: true, countyId: true } } } });
  if (!network) throw refuse(errors.notFound);
  if (!can(actor, "network.edit", { countyId: network.region.countyId, regionId: network.region.id })) throw refuse(errors.forbidden);
  await claimVersion(tx.network, network.id, version, networkText.stale);
  return network;
}

export const saveNetwork = guarded(networkSchema, async (tx, actor, input) => {
  const region = await tx.region.findUnique({ where: { id: input.regionId } });
  if (!region) throw refuse(errors.notFound);
  if (!can(actor, "network.edit", { countyId: region.countyId, regionId: region.id })) throw refuse(errors.forbidden);
  if (input.schemeId) await requireCountyScheme(tx, region.countyId, input.schemeId);
  const data = { name: input.name, kind: input.kind, targetGroup: input.targetGroup, rhythm: input.rhythm, schemeId: input.schemeId ?? null };
  if (input.networkId) {
    const before = await editableNetwork(tx, actor, input.networkId, input.version);
    if (before.regionId !== region.id) throw refuse(errors.notFound);
    await tx.network.update({ where: { id: before.id }, data });
    await recordAudit(tx, { actorId: actor.id, action: "network.update", entityType: "Network", entityId: before.id, before: { name: before.name, kind: before.kind, targetGroup: before.targetGroup, rhythm: before.rhythm, schemeId: before.schemeId }, after: data });
    return { ok: true as const, message: networkText.saved(input.name) };
  }
  const created = await tx.network.create({ data: { ...data, regionId: region.id, goals: [] } });
  await recordAudit(tx, { actorId: actor.id, action: "network.create", entityType: "Network", entityId: created.id, after: data });
  return { ok: true as const, message: networkText.created(input.name), data: { networkId: created.id } };
});

export const addParticipant = guarded(participantSchema, async (tx, actor, input) => {
  const network = await editableNetwork(tx, actor, input.networkId, input.version);
  let name = input.label ?? "";
  if (input.schoolId) {
    // A school of the region's owners only: the id comes from the browser.
    const school = await tx.school.findFirst({ where: { id: input.schoolId, owner: { regionId: network.regionId } } });
    if (!school) throw refuse(networkText.unknownSchool, { schoolId: [networkText.unknownSchool] });
    if (await tx.networkParticipant.findFirst({ where: { networkId: network.id, schoolId: school.id } })) throw refuse(networkText.alreadyIn(school.name), { schoolId: [networkText.alreadyIn(school.name)] });
    name = school.name;
  }
  const row = await tx.networkParticipant.create({ data: { networkId: network.id, schoolId: input.schoolId ?? null, label: input.label ?? null } });
  await recordAudit(tx, { actorId: actor.id, action: "network.participant.add", entityType: "Network", entityId: network.id, after: { participantId: row.id, name } });
  return { ok: true as const, message: networkText.participantAdded(name, network.name) };
});

export const removeParticipant = guarded(removeParticipantSchema, async (tx, actor, input) => {
  const p = await tx.networkParticipant.findUnique({ where: { id: input.participantId }, include: { school: true } });
  if (!p) throw refuse(errors.notFound);
  const network = await editableNetwork(tx, actor, p.networkId, input.version);
  await tx.networkParticipant.delete({ where: { id: p.id } });
  const name = p.school?.name ?? p.label ?? "";
  await recordAudit(tx, { actorId: actor.id, action: "network.participant.remove", entityType: "Network", entityId: network.id, before: { participantId: p.id, name } });
  return { ok: true as const, message: networkText.participantRemoved(name, network.name) };
});

export const saveGathering = guarded(gatheringSchema, async (tx, actor, input) => {
  const network = await tx.network.findUnique({ where: { id: input.networkId }, include: { region: { select: { countyId: true } } } });
  if (!network) throw refuse(errors.notFound);
  if (!can(actor, "network.edit", { countyId: network.region.countyId, regionId: network.regionId })) throw refuse(errors.forbidden);
  const problems = gatheringProblems(input);
  if (problems.length) {
    throw refuse(networkText.partsMissing, Object.fromEntries(problems.map((p) => [p.part, [networkText.partMissing(gatheringPartText(p.part))]])));
  }
  // 09:00 Oslo time on the day; the time of day is not part of the plan.
  const data = { title: input.title, startsAt: new Date(input.date.getTime() + 8 * 3_600_000), days: input.days, place: input.place,
    faglige: input.faglige, innblikk: input.innblikk, erfaring: input.erfaring, veienVidere: input.veienVidere };
  if (input.gatheringId) {
    const before = await tx.gathering.findFirst({ where: { id: input.gatheringId, networkId: network.id } });
    if (!before) throw refuse(errors.notFound);
    await claimVersion(tx.gathering, before.id, input.version, networkText.staleGathering);
    await tx.gathering.update({ where: { id: before.id }, data });
    await recordAudit(tx, { actorId: actor.id, action: "gathering.update", entityType: "Gathering", entityId: before.id, before, after: data });
    return { ok: true as const, message: networkText.gatheringSaved(input.title) };
  }
  const created = await tx.gathering.create({ data: { ...data, networkId: network.id } });
  await recordAudit(tx, { actorId: actor.id, action: "gathering.create", entityType: "Gathering", entityId: created.id, after: data });
  return { ok: true as const, message: networkText.gatheringSaved(input.title) };
});

export const recordAttendance = guarded(attendanceSchema, async (tx, actor, input) => {
  const g = await tx.gathering.findUnique({ where: { id: input.gatheringId }, include: { network: { include: { region: { select: { countyId: true } }, participants: { select: { id: true } } } }, attendance: true } });
  if (!g) throw refuse(errors.notFound);
  if (!can(actor, "network.edit", { countyId: g.network.region.countyId, regionId: g.network.regionId })) throw refuse(errors.forbidden);
  await claimVersion(tx.gathering, g.id, input.version, networkText.staleGathering);
  const known = new Set(g.network.participants.map((p) => p.id));
  const present = [...new Set(input.present)];
  if (present.some((p) => !known.has(p))) throw refuse(networkText.unknownParticipant);
  await tx.gatheringAttendance.deleteMany({ where: { gatheringId: g.id } });
  await tx.gatheringAttendance.createMany({ data: present.map((participantId) => ({ gatheringId: g.id, participantId })) });
  await recordAudit(tx, { actorId: actor.id, action: "gathering.attendance", entityType: "Gathering", entityId: g.id, before: { present: g.attendance.map((a) => a.participantId) }, after: { present } });
  return { ok: true as const, message: networkText.attendanceSaved(present.length, known.size) };
});

/** The school's checklist is what it has ticked: new ticks are confirmed, removed ticks withdrawn (both audited). */
export const confirmCriteria = guarded(confirmSchema, async (tx, actor, input) => {
  const p = await tx.networkParticipant.findUnique({ where: { id: input.participantId }, include: { school: true, network: { include: { region: { select: { id: true, countyId: true } } } }, confirmations: true } });
  if (!p || !p.school) throw refuse(errors.notFound);
  const scope = { countyId: p.network.region.countyId, regionId: p.network.region.id, schoolOwnerId: p.school.ownerId, schoolIds: [p.school.id] };
  if (!can(actor, "network.confirm", scope)) throw refuse(errors.forbidden);
  // One checklist save at a time per school and network.
  await tx.$queryRaw`SELECT id FROM "NetworkParticipant" WHERE id = ${p.id} FOR UPDATE`;
  const criteria = await tx.participationCriterion.findMany({ where: { regionId: p.network.region.id }, select: { id: true } });
  const valid = new Set(criteria.map((c) => c.id));
  const wanted = new Set(input.criterionIds);
  if ([...wanted].some((c) => !valid.has(c))) throw refuse(networkText.unknownCriterion);
  const current = await tx.criterionConfirmation.findMany({ where: { participantId: p.id } });
  const had = new Set(current.map((c) => c.criterionId));
  await tx.criterionConfirmation.deleteMany({ where: { participantId: p.id, criterionId: { notIn: [...wanted] } } });
  await tx.criterionConfirmation.createMany({ data: [...wanted].filter((c) => !had.has(c)).map((criterionId) => ({ participantId: p.id, criterionId, confirmedById: actor.id })) });
  await recordAudit(tx, { actorId: actor.id, action: "network.criteria.confirm", entityType: "NetworkParticipant", entityId: p.id, before: { confirmed: [...had] }, after: { confirmed: [...wanted] } });
  return { ok: true as const, message: networkText.criteriaSaved(p.school.name, wanted.size, valid.size) };
});
