import type { Actor } from "@/domain/authorization";
import type { Db } from "../prisma-client";

export type PortalUser = Actor & { name: string; email: string };

/** The signed-in user with their role grants, read fresh so a revoked role or a deactivation stops working at once. */
export async function loadActor(db: Db, userId: string): Promise<PortalUser | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: { roles: true } });
  if (!user || user.deactivatedAt) return null;
  return { id: user.id, name: user.name, email: user.email, grants: user.roles };
}
