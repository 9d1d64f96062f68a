// Mapping logins to portal users: unknown users and users without a role are turned away.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { resolveDemoUser, resolveOidcUser } from "../../src/server/auth/sign-in";
import { loadActor } from "../../src/server/auth/actor";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
beforeAll(async () => {
  db = t.db;
});

const issuer = "http://127.0.0.1:9999/idp";

describe("OpenID Connect sign-in", () => {
  it("links a first login to the user with the provider's e-mail, once, with an audit entry", async () => {
    const first = await resolveOidcUser(db, { issuer, subject: "sub-stine", email: "Stine.Berg@statsforvalteren.example", emailVerified: true });
    const stine = await db.user.findUniqueOrThrow({ where: { email: "stine.berg@statsforvalteren.example" } });
    expect(first).toEqual({ ok: true, userId: stine.id });
    expect(await db.userIdentity.count({ where: { userId: stine.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "user.identity.link", entityId: stine.id } })).toBe(1);
    // Later logins are recognised by the subject, even if the provider no longer sends the e-mail.
    expect(await resolveOidcUser(db, { issuer, subject: "sub-stine", email: null })).toEqual({ ok: true, userId: stine.id });
    expect(await db.userIdentity.count({ where: { userId: stine.id } })).toBe(1);
  });

  it("turns away an unknown person without creating anything", async () => {
    const users = await db.user.count();
    expect(await resolveOidcUser(db, { issuer, subject: "sub-x", email: "ukjent@example.org", emailVerified: true })).toEqual({ ok: false, reason: "ukjent-bruker" });
    expect(await db.user.count()).toBe(users);
    expect(await db.userIdentity.count({ where: { subject: "sub-x" } })).toBe(0);
  });

  it("turns away a known user with no role", async () => {
    expect(await resolveOidcUser(db, { issuer, subject: "sub-ulf", email: "uten.rolle@demo.example", emailVerified: true })).toEqual({ ok: false, reason: "ingen-rolle" });
  });
});

describe("demo sign-in", () => {
  it("accepts seeded demo users only", async () => {
    expect(await resolveDemoUser(db, "kari.strand@rkk.example")).toMatchObject({ ok: true });
    await db.user.create({ data: { email: "ekte@example.org", name: "Ekte Bruker", roles: { create: { role: "SKOLEEIER" } } } });
    expect(await resolveDemoUser(db, "ekte@example.org")).toEqual({ ok: false, reason: "ukjent-bruker" });
    expect(await resolveDemoUser(db, "uten.rolle@demo.example")).toEqual({ ok: false, reason: "ingen-rolle" });
  });

  it("loads the user's scoped grants fresh, so a revoked role stops working at once", async () => {
    const kari = await db.user.findUniqueOrThrow({ where: { email: "kari.strand@rkk.example" } });
    expect((await loadActor(db, kari.id))!.grants.map((g) => g.role).sort()).toEqual(["OPPVEKSTFORUM_MEMBER", "SKOLEUTVIKLER"]);
    await db.roleAssignment.deleteMany({ where: { userId: kari.id, role: "SKOLEUTVIKLER" } });
    expect((await loadActor(db, kari.id))!.grants.map((g) => g.role)).toEqual(["OPPVEKSTFORUM_MEMBER"]);
  });
});
