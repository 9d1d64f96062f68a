// People and access through the same functions the server actions and the sign-in callback call: invitations
// (over a real SMTP server), acceptance with any login, roles given and taken, deactivation, sessions, the
// first administrator and new counties. Each refusal leaves the database as it was; each change one audit entry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { actorByEmail } from "../support/actors";
import { startSmtp, type Received } from "../support/smtp";
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import { acceptInvitation, resolveOidcUser } from "../../src/server/auth/sign-in";
import { createSession, revokeSession, validSessionUser } from "../../src/server/auth/sessions";
import { invitationActions } from "../../src/server/access/invitations";
import { deactivateUser, grantRole, reactivateUser, revokeRole } from "../../src/server/access/roles";
import { createAdminInvitation } from "../../src/server/access/first-admin";
import { createLinkRequest, readInvitation } from "../../src/server/access/links";
import { createCounty } from "../../src/server/structure/counties";
import { smtpMailer } from "../../src/server/mail";
import type { Db } from "../../src/server/prisma-client";

const t = useTestDatabase();
let db: Db;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let invitations: ReturnType<typeof invitationActions>;
const u: Record<string, PortalUser> = {};
let nordland: { id: string };
let vesteralen: { id: string };
let lofoten: { id: string };
const issuerA = "http://127.0.0.1:9101";
const issuerB = "http://127.0.0.1:9102";
const limits = { idleMinutes: 30, maxHours: 8 };

const as = (email: string) => actorByEmail(db, email);
/** Row counts of everything these actions touch. */
const counts = async () => ({
  invitations: await db.invitation.count(), grants: await db.invitationGrant.count(), users: await db.user.count(),
  roles: await db.roleAssignment.count(), identities: await db.userIdentity.count(), audit: await db.auditEntry.count(),
  deactivated: await db.user.count({ where: { deactivatedAt: { not: null } } }),
});
const tokenIn = (mail: Received) => /\/invitasjon\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
const lastMailTo = (email: string) => smtp.received.filter((m) => m.to.includes(email)).at(-1)!;
const form = (v: Record<string, string>) => ({ countyId: nordland.id, name: "Ola Nordmann", email: "ola@lofoten.example", role1: "SKOLEUTVIKLER", scope1: `region:${lofoten.id}`, ...v });

beforeAll(async () => {
  db = t.db;
  smtp = await startSmtp();
  invitations = invitationActions({ mailer: smtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, from: "DEKOM <ikke-svar@dekom.invalid>" }), portalUrl: "http://portal.test", days: 14 });
  u.stine = await as("stine.berg@statsforvalteren.example");
  u.kari = await as("kari.strand@rkk.example");
  u.nina = await as("nina.lund@nord.example");
  u.ada = await as("ada.drift@demo.example");
  nordland = await db.county.findFirstOrThrow({ where: { slug: "nordland" } });
  vesteralen = await db.region.findFirstOrThrow({ where: { slug: "vesteralen" } });
  lofoten = await db.region.findFirstOrThrow({ where: { slug: "lofoten" } });
});
afterAll(() => smtp.stop());

describe("inviting", () => {
  it("Statsforvalteren invites a skoleutvikler: stored with its role, e-mailed with a single-use link, audited", async () => {
    const before = await counts();
    const r = await invitations.create(db, u.stine, form({}));
    expect(r).toMatchObject({ ok: true, message: "Invitasjonen til Ola Nordmann er sendt til ola@lofoten.example." });
    const mail = lastMailTo("ola@lofoten.example");
    expect(mail.text).toContain("Stine Berg har invitert deg til DEKOM-portalen");
    expect(mail.text).toContain("Skoleutvikler – Lofoten");
    expect(mail.text).toMatch(/http:\/\/portal\.test\/invitasjon\/[A-Za-z0-9_-]{43}/);
    const stored = await db.invitation.findFirstOrThrow({ where: { email: "ola@lofoten.example" }, include: { grants: true } });
    expect(stored.grants).toMatchObject([{ role: "SKOLEUTVIKLER", regionId: lofoten.id, countyId: null }]);
    expect(stored.tokenHash).not.toContain(tokenIn(mail)); // only the hash is stored
    expect(await counts()).toEqual({ ...before, invitations: before.invitations + 1, grants: before.grants + 1, audit: before.audit + 1 });
  });

  it("refuses bad input with a message at the field, and changes nothing", async () => {
    const before = await counts();
    const cases: [Record<string, string>, string, string][] = [
      [{ email: "ikke-en-adresse" }, "email", "Skriv en gyldig e-postadresse"],
      [{ email: "ola@lofoten.example" }, "email", "Det finnes allerede en aktiv invitasjon"],
      [{ email: "x1@example.org", scope1: "" }, "scope1", "Velg hvor rollen gjelder"],
      [{ email: "x2@example.org", scope1: `county:${nordland.id}` }, "scope1", "Rollen passer ikke til det valgte ansvarsområdet"],
      [{ email: "x3@example.org", scope1: "region:finnesikke000000000000" }, "scope1", "Ansvarsområdet finnes ikke"],
      [{ email: "x4@example.org", role1: "" }, "role1", "Velg minst én rolle"],
      [{ email: "x5@example.org", role1: "SYSTEM_ADMIN", scope1: "" }, "role1", "Du kan ikke gi denne rollen her"],
      [{ email: "x6@example.org", name: "<script>" }, "name", "Navnet kan bare inneholde bokstaver"],
    ];
    for (const [v, field, message] of cases) {
      const r = await invitations.create(db, u.stine, form(v));
      expect(r.ok, JSON.stringify(v)).toBe(false);
      expect(!r.ok && r.fieldErrors?.[field]?.[0], JSON.stringify(v)).toContain(message);
    }
    expect(await counts()).toEqual(before);
  });

  it("lets a skoleutvikler invite to her own region's Oppvekstforum and schools only", async () => {
    const skoleleder = await db.school.findFirstOrThrow({ where: { name: "Melbu" } });
    expect(await invitations.create(db, u.kari, form({ email: "ok1@hadsel.example", role1: "OPPVEKSTFORUM_MEMBER", scope1: `region:${vesteralen.id}`, role2: "SKOLELEDER", scope2: `school:${skoleleder.id}` })))
      .toMatchObject({ ok: true });
    const before = await counts();
    for (const v of [
      { role1: "OPPVEKSTFORUM_MEMBER", scope1: `region:${lofoten.id}` },
      { role1: "SKOLEUTVIKLER", scope1: `region:${vesteralen.id}` },
      { role1: "FORUM_MEMBER", scope1: `county:${nordland.id}` },
      { role1: "STATSFORVALTER", scope1: `county:${nordland.id}` },
    ]) {
      expect(await invitations.create(db, u.kari, form({ email: "nei@example.org", ...v }))).toMatchObject({ ok: false, fieldErrors: { role1: [expect.stringContaining("over eller utenfor ditt eget ansvarsområde")] } });
    }
    expect(await invitations.create(db, u.nina, form({ email: "nei@example.org" }))).toMatchObject({ ok: false });
    expect(await invitations.create(db, null, form({ email: "nei@example.org" }))).toMatchObject({ ok: false, message: "Du må logge inn for å gjøre dette." });
    expect(await counts()).toEqual(before);
  });

  it("ten identical invitations sent at once make exactly one", async () => {
    const before = await counts();
    const results = await Promise.all(Array.from({ length: 10 }, () => invitations.create(db, u.stine, form({ email: "samtidig@example.org" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.invitation.count({ where: { email: "samtidig@example.org" } })).toBe(1);
    expect((await counts()).audit).toBe(before.audit + 1);
  });

  it("saves nothing when the e-mail cannot be sent", async () => {
    const down = invitationActions({ mailer: smtpMailer({ host: "127.0.0.1", port: 1, secure: false, from: "x@y.z" }), portalUrl: "http://portal.test", days: 14 });
    const before = await counts();
    expect(await down.create(db, u.stine, form({ email: "ingen-post@example.org" }))).toMatchObject({ ok: false, message: expect.stringContaining("kunne ikke sendes") });
    expect(await counts()).toEqual(before);
  });

  it("without e-mail set up, hands the link to the inviter once", async () => {
    const noMail = invitationActions({ mailer: null, portalUrl: "http://portal.test", days: 14 });
    const r = await noMail.create(db, u.stine, form({ email: "uten-smtp@example.org" }));
    expect(r).toMatchObject({ ok: true, data: { link: expect.stringMatching(/^http:\/\/portal\.test\/invitasjon\/[A-Za-z0-9_-]{43}$/) } });
  });
});

describe("accepting an invitation with any login", () => {
  it("links a login without an e-mail claim (as ID-porten's) to the invited user, with the invited roles", async () => {
    await invitations.create(db, u.stine, form({ name: "Idun Porten", email: "idun@bodo.example", role1: "FORUM_MEMBER", scope1: `county:${nordland.id}` }));
    const token = tokenIn(lastMailTo("idun@bodo.example"));
    expect(await readInvitation(db, token, new Date())).toMatchObject({ ok: true, invitation: { name: "Idun Porten", roles: [{ role: "FORUM_MEMBER", place: "Nordland" }] } });
    const r = await acceptInvitation(db, token, { issuer: issuerB, subject: "pid-less-subject-1", email: null }, new Date());
    expect(r.ok).toBe(true);
    const idun = await db.user.findUniqueOrThrow({ where: { email: "idun@bodo.example" }, include: { roles: true, identities: true } });
    expect(idun.roles.map((x) => [x.role, x.countyId])).toEqual([["FORUM_MEMBER", nordland.id]]);
    expect(idun.identities.map((i) => [i.issuer, i.subject])).toEqual([[issuerB, "pid-less-subject-1"]]);
    // The next login is recognised by the provider's subject alone.
    expect(await resolveOidcUser(db, { issuer: issuerB, subject: "pid-less-subject-1" })).toEqual({ ok: true, userId: idun.id });
    expect(await db.auditEntry.count({ where: { entityId: idun.id, action: { in: ["role.grant", "user.identity.link"] } } })).toBe(2);
  });

  it("refuses a second use, an expired, a withdrawn and a forged link, linking nothing", async () => {
    await invitations.create(db, u.stine, form({ name: "Tora To", email: "tora@example.org" }));
    const token = tokenIn(lastMailTo("tora@example.org"));
    expect(await acceptInvitation(db, token, { issuer: issuerA, subject: "tora-a" }, new Date())).toMatchObject({ ok: true });
    const before = await counts();
    expect(await acceptInvitation(db, token, { issuer: issuerA, subject: "someone-else" }, new Date())).toEqual({ ok: false, reason: "invitasjon-brukt" });
    expect(await acceptInvitation(db, "A".repeat(43), { issuer: issuerA, subject: "x" }, new Date())).toEqual({ ok: false, reason: "invitasjon-ugyldig" });
    expect(await acceptInvitation(db, "<script>", { issuer: issuerA, subject: "x" }, new Date())).toEqual({ ok: false, reason: "invitasjon-ugyldig" });
    await invitations.create(db, u.stine, form({ name: "Utløpt Ulla", email: "ulla@example.org" }));
    const late = tokenIn(lastMailTo("ulla@example.org"));
    expect(await acceptInvitation(db, late, { issuer: issuerA, subject: "ulla" }, new Date(Date.now() + 15 * 86_400_000))).toEqual({ ok: false, reason: "invitasjon-utlopt" });
    const inv = await db.invitation.findFirstOrThrow({ where: { email: "ulla@example.org" } });
    expect(await invitations.withdraw(db, u.stine, { invitationId: inv.id, version: String(inv.version) })).toMatchObject({ ok: true });
    expect(await acceptInvitation(db, late, { issuer: issuerA, subject: "ulla" }, new Date())).toEqual({ ok: false, reason: "invitasjon-trukket" });
    const after = await counts();
    expect({ ...after, audit: 0, invitations: 0, grants: 0 }).toEqual({ ...before, audit: 0, invitations: 0, grants: 0 });
    expect(await db.user.count({ where: { email: "ulla@example.org" } })).toBe(0);
  });

  it("refuses a login already linked to another user, and keeps the invitation unused", async () => {
    await invitations.create(db, u.stine, form({ name: "Dobbel Dagny", email: "dagny@example.org" }));
    const token = tokenIn(lastMailTo("dagny@example.org"));
    expect(await acceptInvitation(db, token, { issuer: issuerA, subject: "tora-a" }, new Date())).toEqual({ ok: false, reason: "identitet-i-bruk" });
    expect(await db.user.count({ where: { email: "dagny@example.org" } })).toBe(0);
    expect((await db.invitation.findFirstOrThrow({ where: { email: "dagny@example.org" } })).acceptedAt).toBeNull();
  });

  it("the same link opened twice at once is accepted once", async () => {
    await invitations.create(db, u.stine, form({ name: "Rask Rolf", email: "rolf@example.org" }));
    const token = tokenIn(lastMailTo("rolf@example.org"));
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => acceptInvitation(db, token, { issuer: issuerA, subject: `rolf-${n}` }, new Date())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.userIdentity.count({ where: { subject: { startsWith: "rolf-" } } })).toBe(1);
  });

  it("resending makes a new link and kills the old one", async () => {
    await invitations.create(db, u.stine, form({ name: "Glemsk Gro", email: "gro@example.org" }));
    const first = tokenIn(lastMailTo("gro@example.org"));
    const inv = await db.invitation.findFirstOrThrow({ where: { email: "gro@example.org" } });
    expect(await invitations.resend(db, u.stine, { invitationId: inv.id, version: String(inv.version) })).toMatchObject({ ok: true });
    const second = tokenIn(lastMailTo("gro@example.org"));
    expect(second).not.toBe(first);
    expect(await invitations.resend(db, u.stine, { invitationId: inv.id, version: String(inv.version) })).toMatchObject({ ok: false, message: expect.stringContaining("endret invitasjonen") });
    expect(await invitations.resend(db, u.kari, { invitationId: inv.id, version: String(inv.version + 1) })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    expect(await acceptInvitation(db, first, { issuer: issuerA, subject: "gro" }, new Date())).toEqual({ ok: false, reason: "invitasjon-ugyldig" });
    expect(await acceptInvitation(db, second, { issuer: issuerA, subject: "gro" }, new Date())).toMatchObject({ ok: true });
  });

  it("links one more provider to a signed-in user through a link request, only while she is the one signed in", async () => {
    const request = await createLinkRequest(db, u.nina, new Date());
    expect(request.ok).toBe(true);
    const token = request.ok ? request.token : "";
    // Someone else signs in on the same browser after Nina abandoned the request: nothing is linked to Nina.
    expect(await acceptInvitation(db, token, { issuer: issuerA, subject: "stranger" }, new Date(), null)).toEqual({ ok: false, reason: "invitasjon-ugyldig" });
    expect(await acceptInvitation(db, token, { issuer: issuerA, subject: "stranger" }, new Date(), u.kari.id)).toEqual({ ok: false, reason: "invitasjon-ugyldig" });
    expect(await db.userIdentity.count({ where: { subject: "stranger" } })).toBe(0);
    expect(await acceptInvitation(db, token, { issuer: issuerA, subject: "nina-feide" }, new Date(), u.nina.id)).toEqual({ ok: true, userId: u.nina.id });
    expect(await db.userIdentity.count({ where: { userId: u.nina.id } })).toBe(1);
    expect(await resolveOidcUser(db, { issuer: issuerA, subject: "nina-feide" })).toEqual({ ok: true, userId: u.nina.id });
  });

  it("links a first login by e-mail only when the provider says it has verified the address", async () => {
    expect(await resolveOidcUser(db, { issuer: issuerA, subject: "jon-unverified", email: "jon.nyland@ks.example", emailVerified: false })).toEqual({ ok: false, reason: "ukjent-bruker" });
    expect(await db.userIdentity.count({ where: { subject: "jon-unverified" } })).toBe(0);
  });
});

describe("giving and taking roles", () => {
  it("Statsforvalteren gives a role in her county, with an audit entry; a second copy is refused", async () => {
    const before = await counts();
    expect(await grantRole(db, u.stine, { userId: u.nina.id, role: "FORUM_MEMBER", scope: `county:${nordland.id}` })).toMatchObject({ ok: true, message: "Nina Lund har fått rollen Medlem av samarbeidsforumet." });
    expect(await grantRole(db, u.stine, { userId: u.nina.id, role: "FORUM_MEMBER", scope: `county:${nordland.id}` })).toMatchObject({ ok: false, fieldErrors: { role: ["Brukeren har allerede denne rollen her."] } });
    expect(await counts()).toEqual({ ...before, roles: before.roles + 1, audit: before.audit + 1 });
    const results = await Promise.all(Array.from({ length: 8 }, () => grantRole(db, u.stine, { userId: u.nina.id, role: "UH_PARTNER", scope: `region:${lofoten.id}` })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses a role above or outside the giver's scope, a wrong level and no scope", async () => {
    const before = await counts();
    expect(await grantRole(db, u.kari, { userId: u.nina.id, role: "SKOLEUTVIKLER", scope: `region:${vesteralen.id}` })).toMatchObject({ ok: false, fieldErrors: { role: [expect.stringContaining("over eller utenfor")] } });
    expect(await grantRole(db, u.kari, { userId: u.nina.id, role: "OPPVEKSTFORUM_MEMBER", scope: `region:${lofoten.id}` })).toMatchObject({ ok: false });
    expect(await grantRole(db, u.stine, { userId: u.nina.id, role: "SKOLELEDER", scope: `region:${lofoten.id}` })).toMatchObject({ ok: false, fieldErrors: { scope: [expect.stringContaining("Rollen passer ikke")] } });
    expect(await grantRole(db, u.stine, { userId: u.nina.id, role: "SKOLELEDER", scope: "" })).toMatchObject({ ok: false, fieldErrors: { scope: [expect.stringContaining("Velg hvor rollen gjelder")] } });
    expect(await grantRole(db, u.stine, { userId: u.nina.id, role: "SYSTEM_ADMIN", scope: "" })).toMatchObject({ ok: false });
    expect(await grantRole(db, u.stine, { userId: u.nina.id, role: "KONGE", scope: "" })).toMatchObject({ ok: false, fieldErrors: { role: ["Velg en rolle fra listen."] } });
    expect(await counts()).toEqual(before);
  });

  it("takes a role away so that it stops working on the next request", async () => {
    const kari = await as("kari.strand@rkk.example");
    const assignment = await db.roleAssignment.findFirstOrThrow({ where: { userId: kari.id, role: "OPPVEKSTFORUM_MEMBER" } });
    expect(await revokeRole(db, u.nina, { assignmentId: assignment.id })).toMatchObject({ ok: false });
    expect(await revokeRole(db, u.stine, { assignmentId: assignment.id })).toMatchObject({ ok: true });
    expect((await loadActor(db, kari.id))!.grants.map((g) => g.role)).toEqual(["SKOLEUTVIKLER"]);
    expect(await db.auditEntry.findFirst({ where: { entityId: kari.id, action: "role.revoke" }, orderBy: { id: "desc" } })).toMatchObject({ actorId: u.stine.id, before: { role: "OPPVEKSTFORUM_MEMBER", scopeName: "Vesterålen" } });
    expect(await revokeRole(db, u.stine, { assignmentId: assignment.id })).toMatchObject({ ok: false });
  });

  it("never removes the last Statsforvalteren, even when two remove each other at once", async () => {
    const stineRole = await db.roleAssignment.findFirstOrThrow({ where: { userId: u.stine.id, role: "STATSFORVALTER" } });
    expect(await revokeRole(db, u.stine, { assignmentId: stineRole.id })).toMatchObject({ ok: false, message: "Du kan ikke ta bort den siste Statsforvalteren i Nordland. Gi rollen til en annen først." });
    const ola = await db.user.create({ data: { email: "ola.sf@statsforvalteren.example", name: "Ola Statsforvalter", roles: { create: { role: "STATSFORVALTER", countyId: nordland.id } } } });
    const olaActor = (await loadActor(db, ola.id))!;
    const olaRole = await db.roleAssignment.findFirstOrThrow({ where: { userId: ola.id } });
    const results = await Promise.all([revokeRole(db, u.stine, { assignmentId: olaRole.id }), revokeRole(db, olaActor, { assignmentId: stineRole.id })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.roleAssignment.count({ where: { role: "STATSFORVALTER", countyId: nordland.id } })).toBe(1);
    // Put things back as they were for the tests below, whichever of the two won: Stine the only one.
    await db.roleAssignment.deleteMany({ where: { userId: ola.id } });
    if (!(await db.roleAssignment.findFirst({ where: { userId: u.stine.id, role: "STATSFORVALTER" } }))) {
      await db.roleAssignment.create({ data: { userId: u.stine.id, role: "STATSFORVALTER", countyId: nordland.id } });
    }
    u.stine = await as("stine.berg@statsforvalteren.example");
  });
});

describe("deactivating users and sessions", () => {
  it("a deactivated user's sessions stop at once; the name stays; reactivation restores access", async () => {
    const tor = await as("tor.andreassen@sortland.example");
    const sid = await createSession(db, tor.id, "oidc", new Date());
    expect(await validSessionUser(db, sid, new Date(), limits)).toBe(tor.id);
    expect(await deactivateUser(db, u.kari, { userId: tor.id })).toMatchObject({ ok: true }); // Oppvekstforum member of her region
    expect(await validSessionUser(db, sid, new Date(), limits)).toBeNull();
    expect(await loadActor(db, tor.id)).toBeNull();
    expect(await resolveOidcUser(db, { issuer: issuerA, subject: "tor", email: tor.email, emailVerified: true })).toEqual({ ok: false, reason: "bruker-deaktivert" });
    expect((await db.user.findUniqueOrThrow({ where: { id: tor.id } })).name).toBe("Tor Andreassen");
    expect(await deactivateUser(db, u.stine, { userId: tor.id })).toMatchObject({ ok: false, message: "Brukeren er allerede deaktivert." });
    expect(await reactivateUser(db, u.stine, { userId: tor.id })).toMatchObject({ ok: true });
    expect(await loadActor(db, tor.id)).not.toBeNull();
  });

  it("refuses deactivating oneself, someone with roles elsewhere, and the last Statsforvalteren", async () => {
    const before = await counts();
    expect(await deactivateUser(db, u.stine, { userId: u.stine.id })).toMatchObject({ ok: false, message: expect.stringContaining("Du kan ikke deaktivere deg selv") });
    expect(await deactivateUser(db, u.kari, { userId: u.nina.id })).toMatchObject({ ok: false, message: expect.stringContaining("roller utenfor ditt ansvarsområde") });
    expect(await deactivateUser(db, u.ada, { userId: u.stine.id })).toMatchObject({ ok: false, message: expect.stringContaining("siste Statsforvalteren") });
    expect(await counts()).toEqual(before);
  });

  it("sessions end when signed out, when idle too long, and after the absolute lifetime", async () => {
    const start = new Date("2026-11-23T08:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const a = await createSession(db, u.nina.id, "oidc", start);
    expect(await validSessionUser(db, a, at(29), limits)).toBe(u.nina.id);
    expect(await validSessionUser(db, a, at(29 + 31), limits)).toBeNull(); // idle for 31 minutes
    const b = await createSession(db, u.nina.id, "oidc", start);
    for (let m = 20; m < 8 * 60; m += 20) expect(await validSessionUser(db, b, at(m), limits)).toBe(u.nina.id);
    expect(await validSessionUser(db, b, at(8 * 60 + 1), limits)).toBeNull(); // active all day, but older than 8 hours
    const c = await createSession(db, u.nina.id, "oidc", start);
    await revokeSession(db, c, at(1));
    expect(await validSessionUser(db, c, at(2), limits)).toBeNull();
    expect(await validSessionUser(db, "finnesikke", at(2), limits)).toBeNull();
  });
});

describe("the installation: first administrator and new counties", () => {
  it("the command's invitation works once, and a second run for the same person is refused", async () => {
    const first = await createAdminInvitation(db, { name: "Første Admin", email: "forste@admin.example" }, new Date(), 14);
    expect(first.ok).toBe(true);
    expect(await createAdminInvitation(db, { name: "Første Admin", email: "forste@admin.example" }, new Date(), 14)).toMatchObject({ ok: false, message: expect.stringContaining("already has an open invitation") });
    expect(await acceptInvitation(db, first.ok ? first.token : "", { issuer: issuerA, subject: "admin-1" }, new Date())).toMatchObject({ ok: true });
    expect(await createAdminInvitation(db, { name: "Første Admin", email: "forste@admin.example" }, new Date(), 14)).toMatchObject({ ok: false, message: expect.stringContaining("already a system administrator") });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "forste@admin.example" }, include: { roles: true } });
    expect(admin.roles.map((r) => [r.role, r.countyId, r.regionId])).toEqual([["SYSTEM_ADMIN", null, null]]);
  });

  it("the system administrator creates a county and invites its first Statsforvalteren; others may not", async () => {
    expect(await createCounty(db, u.stine, { name: "Troms", governorName: "Statsforvalteren i Troms og Finnmark" })).toMatchObject({ ok: false, message: "Du har ikke tilgang til å gjøre dette." });
    const r = await createCounty(db, u.ada, { name: "Troms", governorName: "Statsforvalteren i Troms og Finnmark" });
    expect(r).toMatchObject({ ok: true, data: { slug: "troms" } });
    expect(await createCounty(db, u.ada, { name: "Troms", governorName: "Statsforvalteren i Troms og Finnmark" })).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("finnes allerede")] } });
    const troms = await db.county.findUniqueOrThrow({ where: { slug: "troms" } });
    expect(troms).toMatchObject({ networkShareBasisPoints: 4000, reportDeadlineMonth: 2, reportDeadlineDay: 1 });
    expect(await invitations.create(db, u.ada, { countyId: troms.id, name: "Siri Sf", email: "siri@sf.example", role1: "STATSFORVALTER", scope1: `county:${troms.id}` })).toMatchObject({ ok: true });
    // Statsforvalteren in Nordland has no say in Troms.
    expect(await invitations.create(db, u.stine, { countyId: troms.id, name: "Siri Sf", email: "siri2@sf.example", role1: "STATSFORVALTER", scope1: `county:${troms.id}` })).toMatchObject({ ok: false });
    const token = tokenIn(lastMailTo("siri@sf.example"));
    await acceptInvitation(db, token, { issuer: issuerA, subject: "siri" }, new Date());
    const siri = await as("siri@sf.example");
    expect(siri.grants).toMatchObject([{ role: "STATSFORVALTER", countyId: troms.id }]);
  });
});
