// Server-side sessions (docs/decisions/002-sessions.md). The signed cookie carries only the session's id;
// this row decides whether it still works: signed out, idle too long, older than the absolute lifetime, or
// its user deactivated, and the next request is refused. Read on every signed-in request.
import type { Db } from "../prisma-client";

export type SessionLimits = { idleMinutes: number; maxHours: number };

/** Activity is written at most once a minute, so a busy page does not write on every request. */
const TOUCH_AFTER_MS = 60_000;

export async function createSession(db: Db, userId: string, provider: string, now: Date): Promise<string> {
  const [session] = await db.$transaction([
    db.userSession.create({ data: { userId, provider, createdAt: now, lastSeenAt: now } }),
    db.user.update({ where: { id: userId }, data: { lastSignInAt: now } }),
  ]);
  return session.id;
}

/** The user id of a session that is still valid now, or null. Keeps an active session alive. */
export async function validSessionUser(db: Db, sessionId: string, now: Date, limits: SessionLimits): Promise<string | null> {
  const s = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: { select: { deactivatedAt: true } } } });
  if (!s || s.revokedAt || s.user.deactivatedAt) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > limits.idleMinutes * 60_000) return null;
  if (now.getTime() - s.createdAt.getTime() > limits.maxHours * 3_600_000) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.userSession.updateMany({ where: { id: s.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return s.userId;
}

export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}
