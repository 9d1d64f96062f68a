import "server-only";
import type { Role } from "@/domain/authorization";
import { db } from "../db";
import { env } from "../env";

/** What the sign-in page offers: the OpenID Connect provider, and the demo users where that is on. */
export async function signInChoices(): Promise<{ oidcName: string | null; demoUsers: { email: string; name: string; roles: Role[] }[] }> {
  const e = env();
  const oidcName = e.OIDC_ISSUER ? e.OIDC_NAME : null;
  if (e.DEKOM_DEMO_LOGIN !== "true") return { oidcName, demoUsers: [] };
  const users = await db().user.findMany({ where: { isDemo: true }, include: { roles: true }, orderBy: { createdAt: "asc" } });
  return { oidcName, demoUsers: users.map((u) => ({ email: u.email, name: u.name, roles: [...new Set(u.roles.map((r) => r.role))] })) };
}
