import "server-only";
import type { Role } from "@/domain/authorization";
import { db } from "../db";
import { env } from "../env";

/** What the sign-in page offers: the OpenID Connect providers in their configured order, and the demo users where that is on. */
export async function signInChoices(): Promise<{ providers: { id: string; name: string }[]; demoUsers: { email: string; name: string; roles: Role[] }[] }> {
  const e = env();
  const providers = e.oidcProviders.map((p) => ({ id: p.id, name: p.name }));
  if (e.DEKOM_DEMO_LOGIN !== "true") return { providers, demoUsers: [] };
  const users = await db().user.findMany({ where: { isDemo: true, deactivatedAt: null }, include: { roles: true }, orderBy: { createdAt: "asc" } });
  return { providers, demoUsers: users.map((u) => ({ email: u.email, name: u.name, roles: [...new Set(u.roles.map((r) => r.role))] })) };
}
