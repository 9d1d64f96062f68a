// The installation's first administrator, created from the command line (scripts/admin.ts): there is no
// one yet to invite them. The same invitation as in the browser, to the SYSTEM_ADMIN role, with no inviter.
import { recordAudit } from "../audit";
import type { Db } from "../prisma-client";
import { newToken } from "./tokens";

export async function createAdminInvitation(db: Db, person: { name: string; email: string }, now: Date, days: number):
  Promise<{ ok: true; token: string; expiresAt: Date } | { ok: false; message: string }> {
  const openKey = `installation:${person.email}`;
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: person.email }, include: { roles: { where: { role: "SYSTEM_ADMIN" } } } });
      if (existing && existing.roles.length > 0) {
        return { ok: false as const, message: `${person.email} is already a system administrator. Nothing was changed.` };
      }
      await tx.invitation.updateMany({ where: { openKey, expiresAt: { lte: now } }, data: { openKey: null } });
      if (await tx.invitation.findUnique({ where: { openKey } })) {
        return { ok: false as const, message: `${person.email} already has an open invitation to the system administrator role. Nothing was changed; use that link, or wait until it expires.` };
      }
      const { token, hash } = newToken();
      const expiresAt = new Date(now.getTime() + days * 86_400_000);
      const invitation = await tx.invitation.create({
        data: { kind: "INVITE", tokenHash: hash, openKey, email: person.email, name: person.name, createdAt: now, expiresAt, grants: { create: [{ role: "SYSTEM_ADMIN" }] } },
      });
      await recordAudit(tx, { actorId: null, action: "invitation.create", entityType: "Invitation", entityId: invitation.id,
        after: { email: person.email, name: person.name, grants: [{ role: "SYSTEM_ADMIN" }], via: "command line" } });
      return { ok: true as const, token, expiresAt };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, message: `${person.email} already has an open invitation (created at the same moment). Nothing was changed.` };
    throw error;
  }
}
