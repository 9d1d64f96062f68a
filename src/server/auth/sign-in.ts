import type { Db } from "../prisma-client";

export type SignInOutcome = { ok: true; userId: string } | { ok: false; reason: "ukjent-bruker" | "ingen-rolle" };

/**
 * Maps a login at an OpenID Connect provider to a portal user: first by the (issuer, subject) pair,
 * then, on first login, by the e-mail address the provider vouches for, which links the two.
 * Users are created by Statsforvalteren, never by signing in.
 */
export async function resolveOidcUser(
  db: Db,
  login: { issuer: string; subject: string; email?: string | null },
): Promise<SignInOutcome> {
  const identity = await db.userIdentity.findUnique({
    where: { issuer_subject: { issuer: login.issuer, subject: login.subject } },
    include: { user: { include: { roles: true } } },
  });
  let user = identity?.user;
  if (!user && login.email) {
    user = (await db.user.findUnique({ where: { email: login.email.toLowerCase() }, include: { roles: true } })) ?? undefined;
    if (user) {
      const userId = user.id;
      await db.$transaction(async (tx) => {
        const link = await tx.userIdentity.create({ data: { userId, issuer: login.issuer, subject: login.subject } });
        await tx.auditEntry.create({
          data: { actorId: userId, action: "user.identity.link", entityType: "User", entityId: userId,
            after: { issuer: link.issuer, subject: link.subject } },
        });
      });
    }
  }
  if (!user) return { ok: false, reason: "ukjent-bruker" };
  if (user.roles.length === 0) return { ok: false, reason: "ingen-rolle" };
  return { ok: true, userId: user.id };
}

/** The demo sign-in: only seeded demo users, and only where the demo sign-in is switched on. */
export async function resolveDemoUser(db: Db, email: string): Promise<SignInOutcome> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, include: { roles: true } });
  if (!user || !user.isDemo) return { ok: false, reason: "ukjent-bruker" };
  if (user.roles.length === 0) return { ok: false, reason: "ingen-rolle" };
  return { ok: true, userId: user.id };
}
