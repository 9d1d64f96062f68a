// Regions, school owners and schools edited by hand: allowed, refused, audited.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import { addOwner, addSchool, updateRegion } from "../../src/server/structure/units";
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
  });

  it("edits a region; another region's name is refused", async () => {
    expect(await updateRegion(db, stine, { regionId: lofoten.id, name: "Ofoten", coordinator: "RKK", uhPartner: "Nord universitet" })).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("har allerede en region")] } });
    expect(await updateRegion(db, stine, { regionId: lofoten.id, name: "Lofoten", coordinator: "RKK Lofoten (ny)", uhPartner: "Nord universitet" })).toMatchObject({ ok: true });
    expect(await db.auditEntry.findFirst({ where: { entityId: lofoten.id, action: "region.update" } })).toMatchObject({ after: { coordinator: "RKK Lofoten (ny)" } });
    expect(await updateRegion(db, kari, { regionId: lofoten.id, name: "Lofoten", coordinator: "x", uhPartner: "y" })).toMatchObject({ ok: false });
  });
});
