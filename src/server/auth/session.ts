import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { db } from "../db";
import { loadActor, type PortalUser } from "./actor";
import { authOptions } from "./options";

/** The signed-in user for this request, or null. Cached per request. */
export const currentUser = cache(async (): Promise<PortalUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string } | null;
  if (!session?.uid) return null;
  return loadActor(db(), session.uid);
});

/** For pages: the signed-in user with at least one role, or a redirect to sign-in. */
export async function requirePageUser(returnTo: string): Promise<PortalUser> {
  const user = await currentUser();
  if (!user) redirect(`/logg-inn?tilbake=${encodeURIComponent(returnTo)}`);
  if (user.grants.length === 0) redirect("/logg-inn?feil=ingen-rolle");
  return user;
}
