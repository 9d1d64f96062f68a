// A real OpenID Connect provider (the oidc-provider package) on loopback, standing in for ID-porten,
// Feide or Entra ID in the end-to-end tests. Its built-in login page accepts any username. With
// OIDC_TEST_EMAIL=true (the default) a username that is an e-mail address gets that address as a verified
// e-mail claim, as Feide and Entra ID send; with false it sends only the subject, as ID-porten does.
import Provider from "oidc-provider";

import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, PORTAL_CALLBACKS } from "./oidc-settings";

const port = Number(process.env.OIDC_TEST_PORT ?? 3109);
const issuer = `http://127.0.0.1:${port}`;
const sendsEmail = process.env.OIDC_TEST_EMAIL !== "false";

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: OIDC_CLIENT_ID,
      client_secret: OIDC_CLIENT_SECRET,
      redirect_uris: PORTAL_CALLBACKS,
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  pkce: { required: () => true },
  claims: sendsEmail ? { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] } : { openid: ["sub"], profile: ["name"] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: [`e2e-cookie-key-not-secret-${port}`] },
  async findAccount(_ctx, id) {
    const login = id;
    return {
      accountId: id,
      async claims() {
        return sendsEmail && login.includes("@")
          ? { sub: id, email: login.toLowerCase(), email_verified: true, name: login }
          : { sub: id, name: login };
      },
    };
  },
});
provider.listen(port, "127.0.0.1", () => {
  console.log(`OIDC test provider at ${issuer} (${sendsEmail ? "with" : "without"} e-mail claims)`);
});
