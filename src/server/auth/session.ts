import "server-only";
import { pageLocale } from "@/i18n/request-locale";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { db } from "../db";
import { env } from "../env";
import { loadActor, type PortalUser } from "./actor";
import { authOptions } from "./options";
import { validSessionUser } from "./sessions";
import { noteUser } from "../runtime";

/**
 * The signed-in user for this request, or null. Cached per request. The session must still be valid on
 * the server (not signed out, not idle or too old, user not deactivated), and the roles are read fresh,
 * so a role taken away or a deactivation takes effect on the next request.
 */
export const currentUser = cache(async (): Promise<PortalUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; sid?: string } | null;
  if (!session?.uid || !session.sid) return null;
  const e = env();
  const userId = await validSessionUser(db(), session.sid, new Date(), { idleMinutes: e.DEKOM_SESSION_IDLE_MINUTES, maxHours: e.DEKOM_SESSION_MAX_HOURS });
  if (userId !== session.uid) return null;
  noteUser(userId); // the request's log line names the user by id
  return loadActor(db(), userId);
});

/** For pages: the signed-in user with at least one role, or a redirect to sign-in. */
export async function requirePageUser(returnTo: string): Promise<PortalUser> {
  await pageLocale();
  const user = await currentUser();
  if (!user) redirect(`/logg-inn?tilbake=${encodeURIComponent(returnTo)}`);
  if (user.grants.length === 0) redirect("/logg-inn?feil=ingen-rolle");
  return user;
}
