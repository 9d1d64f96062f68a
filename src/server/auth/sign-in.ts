// From a login at an identity provider to a portal user. A login is recognised by its (issuer, subject)
// pair. It becomes linked to a user in one of three ways: an invitation link (works for every provider,
// also ID-porten, which sends no e-mail), a signed-in user linking one more provider to herself, or, on
// first login, an e-mail address the provider says it has verified. Users are never created by signing in
// alone: only an invitation creates one.
import { recordAudit } from "../audit";
import { hashToken, looksLikeToken } from "../access/tokens";
import type { Db } from "../prisma-client";
import type { Tx } from "../transaction";

export type SignInRefusal =
  | "ukjent-bruker" | "ingen-rolle" | "bruker-deaktivert" | "identitet-i-bruk"
  | "invitasjon-ugyldig" | "invitasjon-utlopt" | "invitasjon-brukt" | "invitasjon-trukket"
  /** Too many refused attempts from the address just now (server/rate-limit.ts). */
  | "for-mange-forsok";
export type SignInOutcome = { ok: true; userId: string } | { ok: false; reason: SignInRefusal };

export type Login = { issuer: string; subject: string; email?: string | null; emailVerified?: boolean };

class Refused extends Error {
  constructor(readonly reason: SignInRefusal) {
    super(reason);
  }
}

async function linkIdentity(tx: Tx, userId: string, login: Login, now: Date) {
  const existing = await tx.userIdentity.findUnique({ where: { issuer_subject: { issuer: login.issuer, subject: login.subject } } });
  if (existing && existing.userId !== userId) throw new Refused("identitet-i-bruk");
  if (existing) return;
  await tx.userIdentity.create({ data: { userId, issuer: login.issuer, subject: login.subject, linkedAt: now } });
  await recordAudit(tx, { actorId: userId, action: "user.identity.link", entityType: "User", entityId: userId, after: { issuer: login.issuer } });
}

/**
 * Accepts an invitation (or a link request) with this login, all or nothing. A link request is honoured only
 * for the user who made it and is still signed in (`signedInUserId`): on a shared computer, someone else's
 * login after an abandoned request must not be linked to her.
 */
export async function acceptInvitation(db: Db, token: string, login: Login, now: Date, signedInUserId: string | null = null): Promise<SignInOutcome> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invitasjon-ugyldig" };
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { grants: true } });
      if (!invitation) throw new Refused("invitasjon-ugyldig");
      if (invitation.withdrawnAt) throw new Refused("invitasjon-trukket");
      if (invitation.acceptedAt) throw new Refused("invitasjon-brukt");
      if (invitation.expiresAt <= now) throw new Refused("invitasjon-utlopt");
      if (invitation.kind === "LINK" && invitation.userId !== signedInUserId) throw new Refused("invitasjon-ugyldig");
      // Single use, also when the link is opened twice at once: only one transaction can make this change.
      const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, withdrawnAt: null }, data: { acceptedAt: now, openKey: null } });
      if (count !== 1) throw new Refused("invitasjon-brukt");
      let userId = invitation.userId;
      if (invitation.kind === "INVITE") {
        const user = (await tx.user.findUnique({ where: { email: invitation.email } }))
          ?? (await tx.user.create({ data: { email: invitation.email, name: invitation.name, createdAt: now } }));
        if (user.deactivatedAt) throw new Refused("bruker-deaktivert");
        userId = user.id;
        await tx.invitation.update({ where: { id: invitation.id }, data: { userId } });
        const grants = invitation.grants.map((g) => ({ userId: user.id, role: g.role, countyId: g.countyId, regionId: g.regionId, schoolOwnerId: g.schoolOwnerId, schoolId: g.schoolId }));
        await tx.roleAssignment.createMany({ data: grants, skipDuplicates: true });
        for (const g of grants) {
          await recordAudit(tx, { actorId: invitation.invitedById, action: "role.grant", entityType: "User", entityId: user.id,
            after: { role: g.role, countyId: g.countyId, regionId: g.regionId, schoolOwnerId: g.schoolOwnerId, schoolId: g.schoolId, invitationId: invitation.id } });
        }
        await recordAudit(tx, { actorId: user.id, action: "invitation.accept", entityType: "Invitation", entityId: invitation.id, after: { userId: user.id } });
      }
      if (!userId) throw new Refused("invitasjon-ugyldig");
      await linkIdentity(tx, userId, login, now);
      return { ok: true as const, userId };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    if ((error as { code?: string }).code === "P2002") return { ok: false, reason: "invitasjon-brukt" };
    throw error;
  }
}

/** An ordinary login: by (issuer, subject), or on first login by an e-mail the provider has verified. */
export async function resolveOidcUser(db: Db, login: Login, now: Date = new Date()): Promise<SignInOutcome> {
  const identity = await db.userIdentity.findUnique({
    where: { issuer_subject: { issuer: login.issuer, subject: login.subject } },
    include: { user: { include: { roles: true } } },
  });
  let user = identity?.user;
  if (!user && login.email && login.emailVerified) {
    user = (await db.user.findUnique({ where: { email: login.email.toLowerCase() }, include: { roles: true } })) ?? undefined;
    if (user && !user.deactivatedAt) {
      const userId = user.id;
      try {
        await db.$transaction((tx) => linkIdentity(tx, userId, login, now));
      } catch (error) {
        if (error instanceof Refused) return { ok: false, reason: error.reason };
        throw error;
      }
    }
  }
  if (!user) return { ok: false, reason: "ukjent-bruker" };
  if (user.deactivatedAt) return { ok: false, reason: "bruker-deaktivert" };
  if (user.roles.length === 0) return { ok: false, reason: "ingen-rolle" };
  return { ok: true, userId: user.id };
}

/** The demo sign-in: only seeded demo users, and only where the demo sign-in is switched on. */
export async function resolveDemoUser(db: Db, email: string): Promise<SignInOutcome> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, include: { roles: true } });
  if (!user || !user.isDemo) return { ok: false, reason: "ukjent-bruker" };
  if (user.deactivatedAt) return { ok: false, reason: "bruker-deaktivert" };
  if (user.roles.length === 0) return { ok: false, reason: "ingen-rolle" };
  return { ok: true, userId: user.id };
}
