// A real OpenID Connect provider (the oidc-provider package) on loopback, standing in for ID-porten,
// Feide or Entra ID in the end-to-end tests. Its built-in login page accepts any username; a username
// that is an e-mail address gets that address as a verified e-mail claim (the subject is the username).
import Provider from "oidc-provider";

import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER, OIDC_PORT } from "./oidc-settings";

const portalUrl = process.env.PORTAL_URL ?? "http://127.0.0.1:3100";

const provider = new Provider(OIDC_ISSUER, {
  clients: [
    {
      client_id: OIDC_CLIENT_ID,
      client_secret: OIDC_CLIENT_SECRET,
      redirect_uris: [`${portalUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["e2e-cookie-key-not-secret"] },
  async findAccount(_ctx, id) {
    const login = id;
    return {
      accountId: id,
      async claims() {
        return login.includes("@")
          ? { sub: id, email: login.toLowerCase(), email_verified: true, name: login }
          : { sub: id, name: login };
      },
    };
  },
});
provider.listen(OIDC_PORT, "127.0.0.1", () => {
  console.log(`OIDC test provider at ${OIDC_ISSUER}`);
});
