// Regions, school owners and schools edited by hand: allowed, refused, audited.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import { addKindergarten, addOwner, addSchool, removeKindergarten, removeSchool, updateKindergarten, updateRegion, updateSchool } from "../../src/server/structure/units";
import { createGroup } from "../../src/server/structure/groups";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let stine: PortalUser;
let kari: PortalUser;
let lofoten: { id: string };
const counts = async () => ({ owners: await db.schoolOwner.count(), schools: await db.school.count(), audit: await db.auditEntry.count() });

beforeAll(async () => {
  db = t.db;
  stine = (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { email: "stine.berg@statsforvalteren.example" } })).id))!;
  kari = (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { email: "kari.strand@rkk.example" } })).id))!;
  lofoten = await db.region.findFirstOrThrow({ where: { slug: "lofoten" } });
});

describe("owners and schools by hand", () => {
  it("adds an owner with a valid organisasjonsnummer, and refuses a bad one, a taken one and the wrong person", async () => {
    const before = await counts();
    expect(await addOwner(db, stine, { regionId: lofoten.id, name: "Røst kommune", kind: "KOMMUNE", orgNumber: "123 456 789" })).toMatchObject({ ok: false, fieldErrors: { orgNumber: ["Organisasjonsnummeret har feil kontrollsiffer."] } });
    expect(await addOwner(db, stine, { regionId: lofoten.id, name: "Røst kommune", kind: "KOMMUNE", orgNumber: "12345" })).toMatchObject({ ok: false, fieldErrors: { orgNumber: ["Organisasjonsnummeret må ha 9 sifre."] } });
    expect(await addOwner(db, kari, { regionId: lofoten.id, name: "Røst kommune", kind: "KOMMUNE", orgNumber: "974 760 673" })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await counts()).toEqual(before);
    expect(await addOwner(db, stine, { regionId: lofoten.id, name: "Røst kommune", kind: "KOMMUNE", orgNumber: "974 760 673" })).toMatchObject({ ok: true, message: "Røst kommune er lagt til." });
    expect(await counts()).toEqual({ ...before, owners: before.owners + 1, audit: before.audit + 1 });
    const ofoten = await db.region.findFirstOrThrow({ where: { slug: "ofoten" } });
    expect(await addOwner(db, stine, { regionId: ofoten.id, name: "Røst igjen", kind: "KOMMUNE", orgNumber: "974760673" })).toMatchObject({ ok: false, fieldErrors: { orgNumber: [expect.stringContaining("allerede registrert på en skoleeier i Lofoten")] } });
  });

  it("adds a school, and refuses the same school twice (also when sent at once)", async () => {
    const owner = await db.schoolOwner.findUniqueOrThrow({ where: { orgNumber: "974760673" } });
    const results = await Promise.all([1, 2, 3, 4].map(() => addSchool(db, stine, { ownerId: owner.id, name: "Røst skole", orgNumber: "" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await addSchool(db, stine, { ownerId: owner.id, name: "røst skole", orgNumber: "" })).toMatchObject({ ok: false, fieldErrors: { name: ["Skoleeieren har allerede en skole med dette navnet."] } });
    expect(await db.school.count({ where: { ownerId: owner.id } })).toBe(1);
    // % _ and \ are letters in a name, not a pattern: "%skole" and "Rø_t skole" are not "Røst skole", and a trailing backslash is no error.
    expect(await addSchool(db, stine, { ownerId: owner.id, name: "%skole", orgNumber: "" })).toMatchObject({ ok: true });
    expect(await addSchool(db, stine, { ownerId: owner.id, name: "Skole\\", orgNumber: "" })).toMatchObject({ ok: true });
    expect(await addSchool(db, stine, { ownerId: owner.id, name: "Rø_t skole", orgNumber: "" })).toMatchObject({ ok: true });
    expect(await addSchool(db, stine, { ownerId: owner.id, name: "SKOLE\\", orgNumber: "" })).toMatchObject({ ok: false, fieldErrors: { name: ["Skoleeieren har allerede en skole med dette navnet."] } });
    expect(await db.school.count({ where: { ownerId: owner.id } })).toBe(4);
  });

  it("adds a kindergarten (REKOM) with its number of children; refuses a taken name or orgnr, bad input and the wrong person, changing nothing", async () => {
    const owner = await db.schoolOwner.findUniqueOrThrow({ where: { orgNumber: "974760673" } });
    const kindergartens = () => db.kindergarten.count({ where: { ownerId: owner.id } });
    const before = { n: await kindergartens(), audit: await db.auditEntry.count() };
    expect(await addKindergarten(db, kari, { ownerId: owner.id, name: "Røst barnehage", orgNumber: "", children: "30" })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await addKindergarten(db, stine, { ownerId: owner.id, name: "Røst barnehage", orgNumber: "", children: "-3" })).toMatchObject({ ok: false, fieldErrors: { children: ["Skriv antall barn som et helt tall fra 0 til 1000, eller la feltet stå tomt."] } });
    expect(await addKindergarten(db, stine, { ownerId: owner.id, name: "Røst barnehage", orgNumber: "", children: "1e9" })).toMatchObject({ ok: false, fieldErrors: { children: [expect.stringContaining("fra 0 til 1000")] } });
    expect(await addKindergarten(db, stine, { ownerId: owner.id, name: "R", orgNumber: "", children: "" })).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("barnehagens navn")] } });
    expect({ n: await kindergartens(), audit: await db.auditEntry.count() }).toEqual(before);
    const results = await Promise.all([1, 2, 3].map(() => addKindergarten(db, stine, { ownerId: owner.id, name: "Røst barnehage", orgNumber: "", children: "30" })));
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, message: "Røst barnehage er lagt til." }]);
    expect(await addKindergarten(db, stine, { ownerId: owner.id, name: "RØST BARNEHAGE", orgNumber: "", children: "" })).toMatchObject({ ok: false, fieldErrors: { name: ["Eieren har allerede en barnehage med dette navnet."] } });
    expect(await addKindergarten(db, stine, { ownerId: owner.id, name: "Røst naturbarnehage", orgNumber: "974 760 673", children: "" })).toMatchObject({ ok: true });
    expect(await addKindergarten(db, stine, { ownerId: owner.id, name: "Tredje barnehage", orgNumber: "974760673", children: "" })).toMatchObject({ ok: false, fieldErrors: { orgNumber: ["Organisasjonsnummeret er allerede registrert på en annen barnehage."] } });
    expect(await db.kindergarten.findFirstOrThrow({ where: { ownerId: owner.id, name: "Røst barnehage" } })).toMatchObject({ children: 30, isPrivate: false, orgNumber: null });
    expect(await db.auditEntry.count({ where: { action: "kindergarten.create" } })).toBe(2);
  });

  it("creates development groups by the rules: one SUT per municipality (also when sent at once), a SKUT with the owner's schools, a kindergarten group with its kindergartens", async () => {
    const owner = await db.schoolOwner.findUniqueOrThrow({ where: { orgNumber: "974760673" }, include: { schools: true, kindergartens: true } });
    const other = await db.school.findFirstOrThrow({ where: { ownerId: { not: owner.id } } });
    const groups = () => db.developmentGroup.count({ where: { ownerId: owner.id } });
    const before = { n: await groups(), audit: await db.auditEntry.count() };
    const refused = async (input: Record<string, unknown>, field: string, message: string) =>
      expect(await createGroup(db, stine, { ownerId: owner.id, ...input })).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    await refused({ kind: "SKUT", name: "SKUT Røst", schoolIds: [] }, "units", "Velg minst én av eierens skoler, og ingen barnehager.");
    await refused({ kind: "SKUT", name: "SKUT Røst", schoolIds: [other.id] }, "units", "Velg bare skoler og barnehager som hører til eieren du har valgt.");
    await refused({ kind: "BARNEHAGE", name: "Barnehagegruppe Røst", schoolIds: [owner.schools[0]!.id] }, "units", "Velg minst én av eierens barnehager, og ingen skoler.");
    await refused({ kind: "SUT", name: "SUT Røst", schoolIds: [owner.schools[0]!.id] }, "units", "En SUT arbeider for hele kommunen: velg ingen skoler eller barnehager.");
    await refused({ kind: "XYZ", name: "SUT Røst" }, "kind", "Velg hva slags gruppe det er.");
    expect(await createGroup(db, kari, { ownerId: owner.id, kind: "SUT", name: "SUT Røst" })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect({ n: await groups(), audit: await db.auditEntry.count() }).toEqual(before);

    const suts = await Promise.all([1, 2, 3].map((n) => createGroup(db, stine, { ownerId: owner.id, kind: "SUT", name: `SUT Røst ${n}` })));
    expect(suts.filter((r) => r.ok)).toHaveLength(1);
    expect(suts.filter((r) => !r.ok).map((r) => r.message)).toEqual(["Kommunen har allerede en SUT.", "Kommunen har allerede en SUT."]);
    expect(await createGroup(db, stine, { ownerId: owner.id, kind: "SKUT", name: "SKUT Røst", schoolIds: owner.schools.slice(0, 2).map((x) => x.id) })).toMatchObject({ ok: true, message: "SKUT Røst er opprettet. Legg til medlemmene på gruppens side." });
    expect(await createGroup(db, stine, { ownerId: owner.id, kind: "BARNEHAGE", name: "Barnehagegruppe Røst", kindergartenIds: owner.kindergartens.map((x) => x.id) })).toMatchObject({ ok: true });
    expect(await createGroup(db, stine, { ownerId: owner.id, kind: "SKUT", name: "skut røst", schoolIds: [owner.schools[0]!.id] })).toMatchObject({ ok: false, fieldErrors: { name: ["Eieren har allerede en gruppe med dette navnet."] } });
    const skut = await db.developmentGroup.findFirstOrThrow({ where: { ownerId: owner.id, name: "SKUT Røst" }, include: { schools: true } });
    expect(skut.schools.map((x) => x.id).sort()).toEqual(owner.schools.slice(0, 2).map((x) => x.id).sort());
    expect(await db.developmentGroup.findFirstOrThrow({ where: { ownerId: owner.id, kind: "BARNEHAGE" }, include: { kindergartens: true } })).toMatchObject({ kindergartens: expect.arrayContaining([expect.objectContaining({ name: "Røst barnehage" })]) });
    expect(await db.auditEntry.count({ where: { action: "group.create" } })).toBe(3);
  });

  it("a skoleleder creates a SKUT with her own school only; without a school she is told to choose it, and another school of the owner is refused", async () => {
    const mona = (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { email: "mona.aas@lamarka.example" } })).id))!;
    const lamarka = await db.school.findFirstOrThrow({ where: { name: "Lamarka" }, include: { owner: { include: { schools: true } } } });
    const other = lamarka.owner.schools.find((x) => x.id !== lamarka.id)!;
    const base = { ownerId: lamarka.ownerId, kind: "SKUT", name: "Leseløftet Lamarka" };
    const before = await db.developmentGroup.count();
    expect(await createGroup(db, mona, base)).toMatchObject({ ok: false, fieldErrors: { units: ["Velg minst én av eierens skoler, og ingen barnehager."] } });
    expect(await createGroup(db, mona, { ...base, schoolIds: [other.id] })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await db.developmentGroup.count()).toBe(before);
    expect(await createGroup(db, mona, { ...base, schoolIds: [lamarka.id] })).toMatchObject({ ok: true });
    expect(await db.developmentGroup.count()).toBe(before + 1);
  });

  it("edits a region; another region's name is refused", async () => {
    expect(await updateRegion(db, stine, { regionId: lofoten.id, name: "Ofoten", coordinator: "RKK", uhPartner: "Nord universitet" })).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("har allerede en region")] } });
    expect(await updateRegion(db, stine, { regionId: lofoten.id, name: "Lofoten", coordinator: "RKK Lofoten (ny)", uhPartner: "Nord universitet" })).toMatchObject({ ok: true });
    expect(await db.auditEntry.findFirst({ where: { entityId: lofoten.id, action: "region.update" } })).toMatchObject({ after: { coordinator: "RKK Lofoten (ny)" } });
    expect(await updateRegion(db, kari, { regionId: lofoten.id, name: "Lofoten", coordinator: "x", uhPartner: "y" })).toMatchObject({ ok: false });
  });
});

describe("changing and removing schools and kindergartens by hand", () => {
  it("changes a school's name, orgnr and pupils with an audit entry; refuses a stale page, a taken name, bad input and the wrong person, changing nothing", async () => {
    const owner = await db.schoolOwner.findUniqueOrThrow({ where: { orgNumber: "974760673" } });
    const school = await db.school.findFirstOrThrow({ where: { ownerId: owner.id, name: "Røst skole" } });
    const edit = { schoolId: school.id, version: String(school.version), name: "Røst skule", orgNumber: "", pupils: "84" };
    const before = { ...(await counts()), school: await db.school.findUniqueOrThrow({ where: { id: school.id } }) };
    const unchanged = async () => expect({ ...(await counts()), school: await db.school.findUniqueOrThrow({ where: { id: school.id } }) }).toEqual(before);
    expect(await updateSchool(db, kari, edit)).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await updateSchool(db, stine, { ...edit, pupils: "-3" })).toMatchObject({ ok: false, fieldErrors: { pupils: ["Skriv antall elever som et helt tall fra 0 til 100 000, eller la feltet stå tomt."] } });
    expect(await updateSchool(db, stine, { ...edit, name: "%skole" })).toMatchObject({ ok: false, fieldErrors: { name: ["Skoleeieren har allerede en skole med dette navnet."] } });
    expect(await updateSchool(db, stine, { ...edit, orgNumber: "123456789" })).toMatchObject({ ok: false, fieldErrors: { orgNumber: ["Organisasjonsnummeret har feil kontrollsiffer."] } });
    await unchanged();
    expect(await updateSchool(db, stine, edit)).toEqual({ ok: true, message: "Røst skule er lagret." });
    expect(await db.school.findUniqueOrThrow({ where: { id: school.id } })).toMatchObject({ name: "Røst skule", pupils: 84, version: school.version + 1 });
    expect(await db.auditEntry.findFirst({ where: { entityId: school.id, action: "school.update" } })).toMatchObject({ before: { name: "Røst skole", pupils: null }, after: { name: "Røst skule", pupils: 84 } });
    // The same page sent again (another tab, or someone else who had it open) is refused: the school changed since.
    const after = await db.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(await updateSchool(db, stine, { ...edit, name: "Røst barneskole" })).toEqual({ ok: false, message: "Noen andre har endret Røst skule mens du hadde siden åpen. Se over og prøv igjen." });
    expect(await db.school.findUniqueOrThrow({ where: { id: school.id } })).toEqual(after);
  });

  it("removes a school nothing refers to; a school in a network, a tiltak, a role or a group is kept, with a message saying what holds it", async () => {
    const owner = await db.schoolOwner.findUniqueOrThrow({ where: { orgNumber: "974760673" } });
    const free = await db.school.findFirstOrThrow({ where: { ownerId: owner.id, name: "Rø_t skole" } });
    expect(await removeSchool(db, kari, { schoolId: free.id, version: String(free.version) })).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await removeSchool(db, stine, { schoolId: free.id, version: String(free.version) })).toEqual({ ok: true, message: "Rø_t skole er fjernet." });
    expect(await db.school.findUnique({ where: { id: free.id } })).toBeNull();
    expect(await db.auditEntry.findFirst({ where: { entityId: free.id, action: "school.remove" } })).toMatchObject({ before: { name: "Rø_t skole" } });
    // Lamarka (Sortland) is in the demo's networks, SKUT and roles.
    const lamarka = await db.school.findFirstOrThrow({ where: { name: "Lamarka" } });
    const before = await counts();
    const refused = await removeSchool(db, stine, { schoolId: lamarka.id, version: String(lamarka.version) });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Lamarka kan ikke fjernes fordi den er med i .*nettverk.* Ta den ut av dem først\.$/) });
    expect(await counts()).toEqual(before);
    expect(await db.school.findUniqueOrThrow({ where: { id: lamarka.id } })).toMatchObject({ version: lamarka.version });
  });

  it("changes and removes a kindergarten; one in a development group is kept", async () => {
    const holmstad = await db.kindergarten.findFirstOrThrow({ where: { name: "Holmstad barnehage" } });
    const grouped = await db.developmentGroup.count({ where: { kindergartens: { some: { id: holmstad.id } } } });
    expect(await updateKindergarten(db, stine, { kindergartenId: holmstad.id, version: String(holmstad.version), name: "Holmstad barnehage", orgNumber: "", children: "1001" }))
      .toMatchObject({ ok: false, fieldErrors: { children: ["Skriv antall barn som et helt tall fra 0 til 1000, eller la feltet stå tomt."] } });
    expect(await updateKindergarten(db, stine, { kindergartenId: holmstad.id, version: String(holmstad.version), name: "Holmstad barnehage", orgNumber: "", children: "64" })).toEqual({ ok: true, message: "Holmstad barnehage er lagret." });
    const now = await db.kindergarten.findUniqueOrThrow({ where: { id: holmstad.id } });
    expect(now).toMatchObject({ children: 64, version: holmstad.version + 1 });
    const removal = await removeKindergarten(db, stine, { kindergartenId: holmstad.id, version: String(now.version) });
    // The demo's kindergarten development group in Sortland has Holmstad.
    expect(grouped).toBe(1);
    expect(removal).toEqual({ ok: false, message: "Holmstad barnehage kan ikke fjernes fordi den er med i 1 utviklingsgruppe. Ta den ut av dem først." });
    expect(await db.kindergarten.findUniqueOrThrow({ where: { id: holmstad.id } })).toMatchObject({ version: now.version });
    const owner = await db.schoolOwner.findUniqueOrThrow({ where: { orgNumber: "974760673" } });
    const lone = await db.kindergarten.create({ data: { ownerId: owner.id, name: "Nordre Røst barnehage" } });
    expect(await removeKindergarten(db, stine, { kindergartenId: lone.id, version: "1" })).toEqual({ ok: true, message: "Nordre Røst barnehage er fjernet." });
    expect(await db.kindergarten.findUnique({ where: { id: lone.id } })).toBeNull();
  });
});

describe("which region an owner belongs to, per strategy period", () => {
  it("the seed and a new owner give one membership per period; a move from the current period changes the region now and later, never the closed past", async () => {
    const { moveOwner } = await import("../../src/server/structure/memberships");
    const { savePeriod } = await import("../../src/server/structure/periods");
    const at = new Date("2026-11-23T12:00:00Z");
    const countyId = (await db.county.findFirstOrThrow({ where: { slug: "nordland" } })).id;
    const [old, current] = await Promise.all([2020, 2024].map((y) => db.strategyPeriod.findFirstOrThrow({ where: { countyId, startYear: y } })));
    const hadsel = await db.schoolOwner.findFirstOrThrow({ where: { name: "Hadsel kommune" }, include: { region: true } });
    expect(await db.regionMembership.count({ where: { schoolOwnerId: hadsel.id } })).toBe(2);
    const salten = await db.region.findFirstOrThrow({ where: { slug: "salten" } });

    // Not by the skoleutvikler; not in the closed-over past period; not to where it already is.
    expect(await moveOwner(db, kari, { schoolOwnerId: hadsel.id, regionId: salten.id, periodId: current.id }, at)).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await moveOwner(db, stine, { schoolOwnerId: hadsel.id, regionId: salten.id, periodId: old.id }, at)).toMatchObject({ ok: false, fieldErrors: { periodId: ["Perioden er over; regionene i den er historikk og kan ikke endres."] } });
    expect(await moveOwner(db, stine, { schoolOwnerId: hadsel.id, regionId: hadsel.regionId, periodId: current.id }, at)).toMatchObject({ ok: false, fieldErrors: { regionId: ["Skoleeieren hører allerede til denne regionen i perioden."] } });

    // A next period is created: every owner joins it where it is.
    expect(await savePeriod(db, stine, { countyId, name: "Strategi 2028–2031", startYear: "2028", endYear: "2031", purposes: "Formål", priorityAreas: "Lesing" })).toMatchObject({ ok: true });
    const next = await db.strategyPeriod.findFirstOrThrow({ where: { countyId, startYear: 2028 } });
    expect(await db.regionMembership.findUniqueOrThrow({ where: { schoolOwnerId_periodId: { schoolOwnerId: hadsel.id, periodId: next.id } } })).toMatchObject({ regionId: hadsel.regionId });

    // From the next period only: now unchanged, later moved.
    expect(await moveOwner(db, stine, { schoolOwnerId: hadsel.id, regionId: salten.id, periodId: next.id }, at)).toMatchObject({ ok: true, message: "Hadsel kommune hører til Salten fra og med Strategi 2028–2031." });
    expect((await db.schoolOwner.findUniqueOrThrow({ where: { id: hadsel.id } })).regionId).toBe(hadsel.regionId);
    const regionIn = async (periodId: string) => (await db.regionMembership.findUniqueOrThrow({ where: { schoolOwnerId_periodId: { schoolOwnerId: hadsel.id, periodId } } })).regionId;
    expect([await regionIn(old.id), await regionIn(current.id), await regionIn(next.id)]).toEqual([hadsel.regionId, hadsel.regionId, salten.id]);

    // From the current period: the owner is in Salten now and later; the old period keeps Vesterålen.
    expect(await moveOwner(db, stine, { schoolOwnerId: hadsel.id, regionId: salten.id, periodId: current.id }, at)).toMatchObject({ ok: true });
    expect((await db.schoolOwner.findUniqueOrThrow({ where: { id: hadsel.id } })).regionId).toBe(salten.id);
    expect([await regionIn(old.id), await regionIn(current.id), await regionIn(next.id)]).toEqual([hadsel.regionId, salten.id, salten.id]);
    expect(await db.auditEntry.findFirst({ where: { entityId: hadsel.id, action: "owner.move" }, orderBy: { id: "desc" } })).toMatchObject({ before: { regionId: hadsel.regionId }, after: { regionId: salten.id, currentRegionChanged: true } });
    // One region per owner and period, by the database.
    await expect(db.regionMembership.create({ data: { schoolOwnerId: hadsel.id, regionId: hadsel.regionId, periodId: current.id } })).rejects.toThrow();
  });

  it("an owner added by hand joins every period that is not over", async () => {
    const r = await addOwner(db, stine, { regionId: lofoten.id, name: "Ny Privatskole AS", kind: "PRIVAT", orgNumber: "998000009" }, new Date("2026-11-23T12:00:00Z"));
    expect(r.ok).toBe(true);
    const owner = await db.schoolOwner.findFirstOrThrow({ where: { name: "Ny Privatskole AS" } });
    const periods = await db.regionMembership.findMany({ where: { schoolOwnerId: owner.id }, include: { period: true } });
    expect(periods.map((m) => m.period.startYear).sort()).toEqual([2024, 2028]);
  });
});
