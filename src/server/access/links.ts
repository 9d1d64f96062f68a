// Before the person is sent to the identity provider: the invitation's token (or a fresh link request for
// a signed-in user adding a provider) is put in a short-lived, http-only cookie that only the sign-in
// callback reads (src/server/auth/options.ts). Reading an invitation never changes it.
import { errors } from "@/i18n/server-text";
import { invitationError } from "@/lib/messages/access";
import type { ActionResult } from "../action-result";
import { recordAudit } from "../audit";
import type { Db } from "../prisma-client";
import { hashToken, looksLikeToken, newToken } from "./tokens";

export const LINK_MINUTES = 15;

export type InvitationView = { name: string; email: string; invitedBy: string | null; expiresAt: Date; roles: { role: string; place: string }[] };

/** What the invitation page shows, or why the link does not work (a code of invitationError). */
export async function readInvitation(db: Db, token: string, now: Date): Promise<{ ok: true; invitation: InvitationView } | { ok: false; reason: keyof typeof invitationError }> {
  if (!looksLikeToken(token)) return { ok: false, reason: "invitasjon-ugyldig" };
  const i = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { invitedBy: { select: { name: true } }, grants: true },
  });
  if (!i || i.kind !== "INVITE") return { ok: false, reason: "invitasjon-ugyldig" };
  if (i.withdrawnAt) return { ok: false, reason: "invitasjon-trukket" };
  if (i.acceptedAt) return { ok: false, reason: "invitasjon-brukt" };
  if (i.expiresAt <= now) return { ok: false, reason: "invitasjon-utlopt" };
  const ids = i.grants.flatMap((g) => [g.countyId, g.regionId, g.schoolOwnerId, g.schoolId]).filter((x): x is string => !!x);
  const [counties, regions, owners, schools] = await Promise.all([
    db.county.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    db.region.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    db.schoolOwner.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    db.school.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  ]);
  const names = new Map([...counties, ...regions, ...owners, ...schools].map((x) => [x.id, x.name]));
  return {
    ok: true,
    invitation: {
      name: i.name, email: i.email, invitedBy: i.invitedBy?.name ?? null, expiresAt: i.expiresAt,
      roles: i.grants.map((g) => ({ role: g.role, place: names.get(g.countyId ?? g.regionId ?? g.schoolOwnerId ?? g.schoolId ?? "") ?? "Hele installasjonen" })),
    },
  };
}

/** Checks that the invitation can still be accepted; the caller then sets the cookie. */
export async function checkInvitationToken(db: Db, token: unknown, now: Date): Promise<ActionResult> {
  if (typeof token !== "string") return { ok: false, message: invitationError["invitasjon-ugyldig"] };
  const read = await readInvitation(db, token, now);
  return read.ok ? { ok: true, message: "" } : { ok: false, message: invitationError[read.reason] };
}

/** A signed-in user asks to link one more provider: a LINK request valid for a few minutes. */
export async function createLinkRequest(db: Db, user: { id: string; name: string; email: string } | null, now: Date): Promise<{ ok: true; token: string } | { ok: false; message: string }> {
  if (!user) return { ok: false, message: errors.notSignedIn };
  const { token, hash } = newToken();
  await db.$transaction(async (tx) => {
    const link = await tx.invitation.create({
      data: { kind: "LINK", tokenHash: hash, email: user.email, name: user.name, userId: user.id, invitedById: user.id, createdAt: now, expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000) },
    });
    await recordAudit(tx, { actorId: user.id, action: "identity.link.request", entityType: "Invitation", entityId: link.id });
  });
  return { ok: true, token };
}
