import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { db } from "../db";
import { env } from "../env";
import type { OidcProviderConfig } from "../env-schema";
import { createSession, revokeSession, validSessionUser } from "./sessions";
import { acceptInvitation, resolveDemoUser, resolveOidcUser, type Login, type SignInOutcome } from "./sign-in";
import { limitedCheck } from "../rate-limit";
import { log } from "../log";

/** The answer to an address with too many refused sign-ins just now (see rate-limit.ts). */
const TOO_MANY: SignInOutcome = { ok: false, reason: "for-mange-forsok" };

/** Set by the invitation page (and the "link another login" button) just before the provider is opened. */
export const PENDING_LINK_COOKIE = "dekom-invitasjon";

type OidcProfile = { sub: string; name?: string; email?: string; email_verified?: boolean };

function oidcProvider(p: OidcProviderConfig): OAuthConfig<OidcProfile> {
  const params: Record<string, string> = { scope: p.scope };
  if (p.acrValues) params.acr_values = p.acrValues;
  return {
    id: p.id,
    name: p.name,
    type: "oauth",
    wellKnown: `${p.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    authorization: { params },
    idToken: true,
    // Code flow with PKCE, state and nonce, as ID-porten requires.
    checks: ["pkce", "state", "nonce"],
    // The national ID number (pid) is never read or stored: the subject is enough.
    profile: (claims) => ({ id: claims.sub, name: claims.name ?? claims.email ?? claims.sub, email: claims.email ?? null }),
  };
}

/**
 * Spec-conformant providers deliver scope claims (email) at the userinfo endpoint rather than in the
 * ID token. The ID token is still what authenticates (validated with nonce and PKCE); this only reads
 * the e-mail and whether the provider has verified it, and only when the subject matches.
 */
async function userinfoEmail(issuer: string, accessToken: string | undefined, subject: string): Promise<{ email: string | null; verified: boolean }> {
  const none = { email: null, verified: false };
  if (!accessToken) return none;
  try {
    const discovery = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`).then((r) => r.json());
    if (!discovery.userinfo_endpoint) return none;
    const info = await fetch(discovery.userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` } }).then((r) => r.json());
    if (info.sub !== subject || typeof info.email !== "string") return none;
    return { email: info.email, verified: info.email_verified === true };
  } catch (error) {
    log.error({ event: "oidc.userinfo.failed", issuer, message: String(error) });
    return none;
  }
}

/** Reads (and clears) the pending invitation or link token, if the person came from an invitation link. */
async function takePendingToken(): Promise<string | null> {
  try {
    const jar = await cookies();
    const token = jar.get(PENDING_LINK_COOKIE)?.value ?? null;
    if (token) jar.set(PENDING_LINK_COOKIE, "", { path: "/api/auth", maxAge: 0 });
    return token;
  } catch {
    return null;
  }
}

/** Who is signed in in this browser right now (before this sign-in completes), for link requests. */
async function signedInUser(): Promise<string | null> {
  const e = env();
  const jar = await cookies();
  const raw = jar.get("__Secure-next-auth.session-token")?.value ?? jar.get("next-auth.session-token")?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: e.NEXTAUTH_SECRET }).catch(() => null);
  if (typeof token?.sid !== "string") return null;
  return validSessionUser(db(), token.sid, new Date(), { idleMinutes: e.DEKOM_SESSION_IDLE_MINUTES, maxHours: e.DEKOM_SESSION_MAX_HOURS });
}

export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = e.oidcProviders.map(oidcProvider);
  if (e.DEKOM_DEMO_LOGIN === "true") {
    providers.push(
      CredentialsProvider({
        id: "demo",
        name: "Demobruker",
        credentials: { email: { label: "E-post", type: "email" } },
        async authorize(credentials) {
          const outcome = await limitedCheck("sign-in", () => resolveDemoUser(db(), String(credentials?.email ?? "")), (o) => !o.ok, TOO_MANY);
          if (!outcome.ok) throw new Error(outcome.reason);
          return { id: outcome.userId };
        },
      }),
    );
  }
  return {
    secret: e.NEXTAUTH_SECRET,
    providers,
    // The cookie carries the session's id; the UserSession row decides whether it still works (sessions.ts).
    session: { strategy: "jwt", maxAge: e.DEKOM_SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/logg-inn", error: "/logg-inn" },
    logger: {
      // One JSON line per problem, naming the provider, so an operator sees which one is down or misconfigured.
      error(code, metadata) {
        const m = metadata as { providerId?: string; error?: unknown; message?: string } | undefined;
        const error = m?.error instanceof Error ? m.error.message : m?.message ?? String(m?.error ?? metadata ?? "");
        log.error({ event: "auth.error", code, provider: m?.providerId ?? null, message: error });
      },
      warn(code) {
        log.warn({ event: "auth.warning", code });
      },
      debug() {},
    },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "demo") return true;
        const config = e.oidcProviders.find((p) => p.id === account.provider);
        if (!config) return false;
        const outcome = await limitedCheck("sign-in", async (): Promise<SignInOutcome> => {
          const claims = (profile ?? {}) as OidcProfile;
          const fromInfo = claims.email ? { email: claims.email, verified: claims.email_verified === true } : await userinfoEmail(config.issuer, account.access_token, account.providerAccountId);
          const login: Login = { issuer: config.issuer, subject: account.providerAccountId, email: fromInfo.email, emailVerified: fromInfo.verified };
          const token = await takePendingToken();
          const first = token ? await acceptInvitation(db(), token, login, new Date(), await signedInUser()) : await resolveOidcUser(db(), login);
          // A link opened again after it was used: a person who already has access simply signs in.
          if (!first.ok && first.reason === "invitasjon-brukt") {
            const ordinary = await resolveOidcUser(db(), login);
            if (ordinary.ok) return ordinary;
          }
          return first;
        }, (o) => !o.ok, TOO_MANY);
        if (!outcome.ok) return `/logg-inn?feil=${outcome.reason}`;
        (user as { portalUserId?: string }).portalUserId = outcome.userId;
        return true;
      },
      async jwt({ token, user, account }) {
        if (user) {
          const uid = (user as { portalUserId?: string }).portalUserId ?? user.id;
          token.uid = uid;
          token.sid = await createSession(db(), uid, account?.provider ?? "ukjent", new Date());
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid as string | undefined, sid: token.sid as string | undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(db(), token.sid, new Date());
      },
    },
  };
}
