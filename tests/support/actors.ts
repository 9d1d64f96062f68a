// The demo users as the server sees them: a signed-in actor with its role grants, looked up by e-mail.
import { loadActor, type PortalUser } from "../../src/server/auth/actor";
import type { Db } from "../../src/server/prisma-client";

export async function actorByEmail(db: Db, email: string): Promise<PortalUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(db, user.id))!;
}
