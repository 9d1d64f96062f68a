import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db";
import { env } from "../env";
import { resolveDemoUser, resolveOidcUser } from "./sign-in";

type OidcProfile = { sub: string; name?: string; email?: string };

function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  const params: Record<string, string> = { scope: e.OIDC_SCOPE };
  if (e.OIDC_ACR_VALUES) params.acr_values = e.OIDC_ACR_VALUES;
  return {
    id: "oidc",
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params },
    idToken: true,
    // Code flow with PKCE, state and nonce, as ID-porten requires.
    checks: ["pkce", "state", "nonce"],
    // The national ID number (pid) is never read or stored: the subject and e-mail are enough.
    profile: (p) => ({ id: p.sub, name: p.name ?? p.email ?? p.sub, email: p.email ?? null }),
  };
}

/**
 * Spec-conformant providers deliver scope claims (email) at the userinfo endpoint rather than in the
 * ID token. The ID token is still what authenticates (validated with nonce and PKCE); this only reads
 * the e-mail, and only when the subject matches.
 */
async function userinfoEmail(issuer: string, accessToken: string | undefined, subject: string): Promise<string | null> {
  if (!accessToken) return null;
  try {
    const discovery = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`).then((r) => r.json());
    if (!discovery.userinfo_endpoint) return null;
    const info = await fetch(discovery.userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` } }).then((r) => r.json());
    return info.sub === subject && typeof info.email === "string" ? info.email : null;
  } catch (error) {
    console.error("OIDC userinfo request failed:", error);
    return null;
  }
}

export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = [];
  const oidc = oidcProvider();
  if (oidc) providers.push(oidc);
  if (e.DEKOM_DEMO_LOGIN === "true") {
    providers.push(
      CredentialsProvider({
        id: "demo",
        name: "Demobruker",
        credentials: { email: { label: "E-post", type: "email" } },
        async authorize(credentials) {
          const outcome = await resolveDemoUser(db(), String(credentials?.email ?? ""));
          if (!outcome.ok) throw new Error(outcome.reason);
          return { id: outcome.userId };
        },
      }),
    );
  }
  return {
    secret: e.NEXTAUTH_SECRET,
    providers,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/logg-inn", error: "/logg-inn" },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        const email = user.email ?? (await userinfoEmail(e.OIDC_ISSUER!, account.access_token, account.providerAccountId));
        const outcome = await resolveOidcUser(db(), { issuer: e.OIDC_ISSUER!, subject: account.providerAccountId, email });
        if (!outcome.ok) return `/logg-inn?feil=${outcome.reason}`;
        (user as { portalUserId?: string }).portalUserId = outcome.userId;
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.uid = (user as { portalUserId?: string }).portalUserId ?? user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid as string | undefined };
      },
    },
  };
}
