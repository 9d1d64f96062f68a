// Maintaining SUT/SKUT groups through the same function the server action calls: the allowed path and
// each refusal, with the database checked afterwards (nothing changed on refusal; one audit entry on success).
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import type { PortalUser } from "../../src/server/auth/actor";
import { addGroupMember, removeGroupMember } from "../../src/server/structure/group-members";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
const users: Record<string, PortalUser> = {};
let skutLamarka: { id: string; version: number };
let skutMelbu: { id: string; version: number };

const as = (email: string) => actorByEmail(db, email);
const group = (name: string) => db.developmentGroup.findFirstOrThrow({ where: { name }, select: { id: true, version: true } });
const snapshot = async () => ({
  members: await db.groupMember.count(),
  audit: await db.auditEntry.count(),
  versions: (await db.developmentGroup.findMany({ select: { version: true }, orderBy: { id: "asc" } })).map((g) => g.version),
});

beforeAll(async () => {
  db = t.db;
  users.skoleutvikler = await as("kari.strand@rkk.example");
  users.skoleeier = await as("lene.karlsen@sortland.example");
  users.skoleleder = await as("mona.aas@lamarka.example");
  users.uh = await as("nina.lund@nord.example");
  users.statsforvalter = await as("stine.berg@statsforvalteren.example");
  skutLamarka = await group("SKUT Lamarka");
  skutMelbu = await group("SKUT Melbu");
});

describe("adding a member", () => {
  it("the skoleleder adds a ressurslærer to their own SKUT: saved, version bumped, one audit entry", async () => {
    const g = await group("SKUT Lamarka");
    const auditBefore = await db.auditEntry.count();
    const result = await addGroupMember(db, users.skoleleder, { groupId: g.id, version: String(g.version), name: "Åsmund Ørjasæter", role: "RESSURSLAERER" });
    expect(result).toMatchObject({ ok: true, message: "Åsmund Ørjasæter er lagt til i SKUT Lamarka." });
    const saved = await db.groupMember.findMany({ where: { groupId: g.id, name: "Åsmund Ørjasæter" } });
    expect(saved.map((m) => m.role)).toEqual(["RESSURSLAERER"]);
    expect((await group("SKUT Lamarka")).version).toBe(g.version + 1);
    const audit = await db.auditEntry.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: "asc" }, skip: auditBefore });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: users.skoleleder.id, action: "group.member.add", entityType: "DevelopmentGroup", entityId: g.id,
      before: null, after: { memberId: saved[0].id, name: "Åsmund Ørjasæter", role: "RESSURSLAERER" },
    });
  });

  it("refuses a skoleleder editing another school's SKUT, and changes nothing", async () => {
    const before = await snapshot();
    const r = await addGroupMember(db, users.skoleleder, { groupId: skutMelbu.id, version: skutMelbu.version, name: "Ola Nordmann", role: "PTV" });
    expect(r).toEqual({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses roles without the right (UH partner) and the anonymous caller", async () => {
    const before = await snapshot();
    const g = await group("SUT Sortland");
    expect(await addGroupMember(db, users.uh, { groupId: g.id, version: g.version, name: "Ola Nordmann", role: "HTV" }))
      .toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await addGroupMember(db, null, { groupId: g.id, version: g.version, name: "Ola Nordmann", role: "HTV" }))
      .toMatchObject({ ok: false, message: "Du må logge inn for å gjøre dette." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses invalid input with a message per field, and changes nothing", async () => {
    const before = await snapshot();
    const g = await group("SUT Sortland");
    const r = await addGroupMember(db, users.skoleeier, { groupId: g.id, version: "abc", name: "", role: 42 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe("Skjemaet har feil. Rett feltene som er markert.");
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["name", "role", "version"]);
    expect(r.fieldErrors?.role).toEqual(["Velg en rolle fra listen."]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a role that does not belong in the kind of group", async () => {
    const before = await snapshot();
    const g = await group("SKUT Lamarka");
    const r = await addGroupMember(db, users.skoleleder, { groupId: g.id, version: g.version, name: "Ola Nordmann", role: "HTV" });
    expect(r).toMatchObject({ ok: false, message: "En SKUT kan ikke ha rollen «Hovedtillitsvalgt (HTV)».", fieldErrors: { role: ["Rollen passer ikke i en SKUT."] } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a group that does not exist", async () => {
    const r = await addGroupMember(db, users.statsforvalter, { groupId: "cm0doesnotexist000000000", version: 1, name: "Ola Nordmann", role: "HTV" });
    expect(r).toMatchObject({ ok: false, message: "Fant ikke det du ba om. Den kan være slettet." });
  });
});

describe("two people saving at once", () => {
  it("the second save, made on the version both read, is refused with a clear message and writes nothing", async () => {
    const g = await group("SUT Sortland");
    const first = await addGroupMember(db, users.skoleutvikler, { groupId: g.id, version: g.version, name: "Første Person", role: "HTV" });
    expect(first.ok).toBe(true);
    const before = await snapshot();
    const second = await addGroupMember(db, users.skoleeier, { groupId: g.id, version: g.version, name: "Andre Person", role: "HTV" });
    expect(second).toEqual({ ok: false, message: expect.stringContaining("Noen andre har endret gruppen") });
    expect(await snapshot()).toEqual(before);
    expect(await db.groupMember.count({ where: { name: "Andre Person" } })).toBe(0);
  });

  it("of many saves sent at the same moment on one version, exactly one lands", async () => {
    const g = await group("SUT Bø");
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        addGroupMember(db, users.skoleutvikler, { groupId: g.id, version: g.version, name: `Samtidig Person ${String.fromCharCode(65 + i)}`, role: "SKOLELEDER" })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.groupMember.count({ where: { groupId: g.id, name: { startsWith: "Samtidig Person" } } })).toBe(1);
    expect((await group("SUT Bø")).version).toBe(g.version + 1);
  });
});

describe("removing a member", () => {
  it("the skoleeier removes a member of their SUT, with the removed member kept in the audit entry", async () => {
    const g = await group("SUT Sortland");
    const member = await db.groupMember.findFirstOrThrow({ where: { groupId: g.id, role: "HTV" } });
    const r = await removeGroupMember(db, users.skoleeier, { groupId: g.id, version: g.version, memberId: member.id });
    expect(r).toMatchObject({ ok: true, message: `${member.name} er fjernet fra SUT Sortland.` });
    expect(await db.groupMember.findUnique({ where: { id: member.id } })).toBeNull();
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "group.member.remove" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorId: users.skoleeier.id, before: { memberId: member.id, name: member.name, role: "HTV" }, after: null });
  });

  it("refuses removing a member through another group's id", async () => {
    const before = await snapshot();
    const lamarkaMember = await db.groupMember.findFirstOrThrow({ where: { groupId: skutLamarka.id } });
    const g = await group("SUT Sortland");
    const r = await removeGroupMember(db, users.skoleeier, { groupId: g.id, version: g.version, memberId: lamarkaMember.id });
    expect(r.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe("the audit trail", () => {
  it("cannot be edited, deleted or truncated, even with direct SQL", async () => {
    const count = await db.auditEntry.count();
    expect(count).toBeGreaterThan(0);
    await expect(db.auditEntry.updateMany({ data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditEntry"')).rejects.toThrow(/append-only/);
    expect(await db.auditEntry.count()).toBe(count);
    expect(await db.auditEntry.count({ where: { action: "forged" } })).toBe(0);
  });
});
