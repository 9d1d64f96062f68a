// Networks in the browser, through the functions their server actions call: the skoleutvikler creates a network,
// adds schools and a person, plans a gathering in the four parts of the dialogkonferansemodell and records who
// came; the school's leader confirms the participation criteria. Refusals change nothing; changes are audited.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import { addParticipant, confirmCriteria, recordAttendance, removeParticipant, saveGathering, saveNetwork } from "../../src/server/networks/service";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
const u: Record<string, PortalUser> = {};
let regionId: string;
let networkId: string;
const forbidden = { ok: false, message: "Du har ikke tilgang til å gjøre dette." };

const as = (email: string) => actorByEmail(db, email);
const state = async () => ({
  networks: await db.network.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, name: true } }),
  participants: await db.networkParticipant.count(), gatherings: await db.gathering.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, title: true } }),
  attendance: await db.gatheringAttendance.count(), confirmations: await db.criterionConfirmation.count(), audit: await db.auditEntry.count(),
});
const version = async () => String((await db.network.findUniqueOrThrow({ where: { id: networkId } })).version);
const parts = { faglige: "Innlegg om lesing ved Nord universitet", innblikk: "Lamarka viser lesekurs", erfaring: "Gruppearbeid om egen praksis", veienVidere: "Aksjon til neste samling" };

beforeAll(async () => {
  db = t.db;
  u.su = await as("kari.strand@rkk.example");
  u.leader = await as("mona.aas@lamarka.example");
  u.owner = await as("lene.karlsen@sortland.example");
  u.uh = await as("nina.lund@nord.example");
  u.sf = await as("stine.berg@statsforvalteren.example");
  regionId = (await db.region.findFirstOrThrow({ where: { slug: "vesteralen" } })).id;
});

describe("a network", () => {
  it("is created by the region's skoleutvikler, with an audit entry; no one else may", async () => {
    const before = await state();
    const input = { regionId, version: "0", name: "Lesenettverket", kind: "FAGSAMLINGER", targetGroup: "Lærere på 1.–4. trinn", rhythm: "Tre samlinger i året", schemeId: "dekom" };
    for (const who of [u.uh, u.sf, u.leader]) expect(await saveNetwork(db, who, input)).toEqual(forbidden);
    expect(await state()).toEqual(before);
    const r = await saveNetwork(db, u.su, input);
    expect(r).toMatchObject({ ok: true, message: "Nettverket Lesenettverket er opprettet." });
    networkId = (r as { data: { networkId: string } }).data.networkId;
    expect(await db.network.findUniqueOrThrow({ where: { id: networkId } })).toMatchObject({ regionId, kind: "FAGSAMLINGER", schemeId: "dekom", version: 1 });
    expect(await db.auditEntry.count()).toBe(before.audit + 1);
  });

  it("an edit from a stale page is refused and changes nothing", async () => {
    const edit = { regionId, networkId, name: "Lesenettverket Vesterålen", kind: "FAGSAMLINGER", targetGroup: "Lærere", rhythm: "Tre samlinger i året", schemeId: "" };
    // A scheme the county does not run is refused at the field; "none" makes it the region's own network.
    const unchanged = await state();
    expect(await saveNetwork(db, u.su, { ...edit, schemeId: "kompetanseloftet", version: "1" })).toMatchObject({ ok: false, fieldErrors: { schemeId: [expect.stringContaining("Kompetanseløftet")] } });
    expect(await state()).toEqual(unchanged);
    expect(await saveNetwork(db, u.su, { ...edit, version: "1" })).toMatchObject({ ok: true });
    expect(await db.network.findUniqueOrThrow({ where: { id: networkId } })).toMatchObject({ schemeId: null, version: 2 });
    const before = await state();
    expect(await saveNetwork(db, u.su, { ...edit, name: "Gammelt navn", version: "1" })).toMatchObject({ ok: false, message: expect.stringContaining("endret av noen andre") });
    expect(await state()).toEqual(before);
  });

  it("takes schools of the region once, and named people; a foreign or repeated school is refused at the field", async () => {
    const lamarka = await db.school.findFirstOrThrow({ where: { name: "Lamarka" } });
    const foreign = await db.school.create({ data: { ownerId: (await db.schoolOwner.findFirstOrThrow({ where: { region: { slug: { not: "vesteralen" } } } })).id, name: "Fremmed skole" } });
    expect(await addParticipant(db, u.su, { networkId, version: await version(), schoolId: lamarka.id })).toEqual({ ok: true, message: "Lamarka er lagt til i Lesenettverket Vesterålen." });
    const before = await state();
    expect(await addParticipant(db, u.su, { networkId, version: await version(), schoolId: lamarka.id })).toMatchObject({ ok: false, fieldErrors: { schoolId: ["Lamarka er allerede med i nettverket."] } });
    expect(await addParticipant(db, u.su, { networkId, version: await version(), schoolId: foreign.id })).toMatchObject({ ok: false, fieldErrors: { schoolId: ["Velg en skole i regionen."] } });
    expect(await addParticipant(db, u.su, { networkId, version: await version() })).toMatchObject({ ok: false, fieldErrors: { schoolId: [expect.stringContaining("Velg en skole")] } });
    expect(await state()).toEqual(before);
    expect(await addParticipant(db, u.su, { networkId, version: await version(), label: "Åse Ødegård, ressurslærer" })).toMatchObject({ ok: true });
    const person = await db.networkParticipant.findFirstOrThrow({ where: { networkId, label: { not: null } } });
    expect(await removeParticipant(db, u.su, { participantId: person.id, version: await version() })).toMatchObject({ ok: true, message: "Åse Ødegård, ressurslærer er fjernet fra Lesenettverket Vesterålen." });
    expect(await db.auditEntry.findMany({ where: { entityId: networkId }, orderBy: { id: "asc" }, select: { action: true } })).toEqual(
      ["network.create", "network.update", "network.participant.add", "network.participant.add", "network.participant.remove"].map((action) => ({ action })),
    );
  });
});

describe("a gathering", () => {
  it("with parts of the dialogkonferansemodell missing is refused, naming each part, and nothing is saved", async () => {
    const before = await state();
    const r = await saveGathering(db, u.su, { networkId, version: "0", title: "Høstsamling", date: "2027-10-14", days: "2", place: "Sortland", ...parts, innblikk: "", veienVidere: " " });
    expect(r).toEqual({ ok: false, message: "Samlingen mangler deler av dialogkonferansemodellen. Beskriv alle fire delene.", fieldErrors: {
      innblikk: ["Beskriv «2. Innblikk i andres praksis» (minst 3 tegn)."],
      veienVidere: ["Beskriv «4. Blikk mot framtiden / veien videre» (minst 3 tegn)."],
    } });
    expect(await saveGathering(db, u.su, { networkId, version: "0", title: "Høstsamling", date: "2027-02-30", days: "0", place: "Sortland", ...parts })).toMatchObject({ ok: false, fieldErrors: { date: [expect.any(String)], days: ["En samling varer minst én dag."] } });
    expect(await saveGathering(db, u.uh, { networkId, version: "0", title: "Høstsamling", date: "2027-10-14", days: "2", place: "Sortland", ...parts })).toEqual(forbidden);
    expect(await state()).toEqual(before);
  });

  it("is planned with all four parts, and attendance is recorded for the network's participants only", async () => {
    expect(await saveGathering(db, u.su, { networkId, version: "0", title: "Høstsamling", date: "2027-10-14", days: "2", place: "Sortland", ...parts })).toEqual({ ok: true, message: "Samlingen «Høstsamling» er lagret." });
    const g = await db.gathering.findFirstOrThrow({ where: { networkId } });
    expect(g).toMatchObject({ days: 2, place: "Sortland", ...parts });
    expect(g.startsAt.toISOString().slice(0, 10)).toBe("2027-10-14");
    const lamarka = await db.networkParticipant.findFirstOrThrow({ where: { networkId, schoolId: { not: null } } });
    const other = await db.networkParticipant.findFirstOrThrow({ where: { networkId: { not: networkId } } });
    const before = await state();
    expect(await recordAttendance(db, u.su, { gatheringId: g.id, version: "1", present: [lamarka.id, other.id] })).toMatchObject({ ok: false, message: expect.stringContaining("hører ikke til nettverket") });
    expect(await state()).toEqual(before);
    expect(await recordAttendance(db, u.su, { gatheringId: g.id, version: "1", present: [lamarka.id] })).toEqual({ ok: true, message: "Oppmøte er registrert: 1 av 1 deltakere." });
    expect(await db.gatheringAttendance.findMany({ where: { gatheringId: g.id }, select: { participantId: true } })).toEqual([{ participantId: lamarka.id }]);
    expect(await recordAttendance(db, u.su, { gatheringId: g.id, version: "1", present: [] })).toMatchObject({ ok: false, message: expect.stringContaining("endret av noen andre") });
  });
});

describe("the participation criteria", () => {
  it("are confirmed for Lamarka by its skoleleder or owner, not by the leader of another school, and the checklist can be corrected", async () => {
    const lamarka = await db.networkParticipant.findFirstOrThrow({ where: { networkId, schoolId: { not: null } } });
    const criteria = await db.participationCriterion.findMany({ where: { regionId }, orderBy: { position: "asc" } });
    expect(criteria.length).toBeGreaterThan(2);
    const melbu = await db.school.findFirstOrThrow({ where: { name: "Melbu" } });
    const melbuLeader = await db.user.create({ data: { email: "leder@melbu.example", name: "Leder Melbu", roles: { create: { role: "SKOLELEDER", schoolId: melbu.id } } } });
    const before = await state();
    expect(await confirmCriteria(db, (await loadActor(db, melbuLeader.id))!, { participantId: lamarka.id, criterionIds: [criteria[0]!.id] })).toEqual(forbidden);
    expect(await confirmCriteria(db, u.uh, { participantId: lamarka.id, criterionIds: [criteria[0]!.id] })).toEqual(forbidden);
    expect(await confirmCriteria(db, u.leader, { participantId: lamarka.id, criterionIds: ["c".repeat(25)] })).toMatchObject({ ok: false, message: expect.stringContaining("hører ikke til regionen") });
    expect(await state()).toEqual(before);
    const all = criteria.map((c) => c.id);
    expect(await confirmCriteria(db, u.leader, { participantId: lamarka.id, criterionIds: all })).toEqual({ ok: true, message: `Lamarka har bekreftet ${all.length} av ${all.length} kriterier.` });
    expect(await confirmCriteria(db, u.owner, { participantId: lamarka.id, criterionIds: all.slice(1) })).toMatchObject({ ok: true });
    const left = await db.criterionConfirmation.findMany({ where: { participantId: lamarka.id }, select: { criterionId: true, confirmedById: true } });
    expect(left.map((c) => c.criterionId).sort()).toEqual(all.slice(1).sort());
    expect(left.every((c) => c.confirmedById === u.leader.id)).toBe(true); // kept as first confirmed
    expect(await db.auditEntry.count({ where: { entityId: lamarka.id, action: "network.criteria.confirm" } })).toBe(2);
  });
});
