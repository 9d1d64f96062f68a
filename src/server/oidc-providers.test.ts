// Several OpenID Connect providers side by side, from one set of variables each.
import { describe, expect, it } from "vitest";
import { parseEnv, parseOidcProviders } from "./env-schema";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/dekom", NEXTAUTH_SECRET: "x".repeat(32) };
const provider = (name: string, issuer: string) => ({
  [`OIDC_${name}_ISSUER`]: issuer, [`OIDC_${name}_CLIENT_ID`]: `${name}-client`, [`OIDC_${name}_CLIENT_SECRET`]: `${name}-secret`,
});

describe("OIDC providers from the environment", () => {
  it("reads each provider's set, in the order OIDC_PROVIDERS gives", () => {
    const { providers, problems } = parseOidcProviders({
      OIDC_PROVIDERS: "idporten, feide",
      ...provider("FEIDE", "https://auth.dataporten.no"),
      ...provider("IDPORTEN", "https://idporten.no"),
      OIDC_IDPORTEN_NAME: "ID-porten",
      OIDC_IDPORTEN_ACR_VALUES: "idporten-loa-substantial",
      OIDC_FEIDE_SCOPE: "openid email",
    });
    expect(problems).toEqual([]);
    expect(providers.map((p) => [p.id, p.name, p.acrValues, p.scope])).toEqual([
      ["idporten", "ID-porten", "idporten-loa-substantial", "openid profile email"],
      ["feide", "FEIDE", undefined, "openid email"],
    ]);
  });

  it("finds the providers by their issuer variables when OIDC_PROVIDERS is not set, alphabetically", () => {
    const { providers } = parseOidcProviders({ ...provider("ENTRA", "https://login.microsoftonline.com/t/v2.0"), ...provider("A", "http://127.0.0.1:1") });
    expect(providers.map((p) => p.id)).toEqual(["a", "entra"]);
  });

  it("keeps the earlier single-provider settings working as the provider 'oidc'", () => {
    const { providers } = parseOidcProviders({ OIDC_ISSUER: "https://idporten.no", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s", OIDC_NAME: "ID-porten" });
    expect(providers).toMatchObject([{ id: "oidc", name: "ID-porten", issuer: "https://idporten.no" }]);
  });

  it("stops the start with a message naming each missing or wrong variable", () => {
    expect(() => parseEnv({ ...base, OIDC_PROVIDERS: "FEIDE,ENTRA", ...provider("FEIDE", "not a url"), OIDC_ENTRA_ISSUER: "https://e" }))
      .toThrow(/OIDC_FEIDE_ISSUER: must be a URL[\s\S]*OIDC_ENTRA_CLIENT_ID: required[\s\S]*OIDC_ENTRA_CLIENT_SECRET: required/);
    expect(() => parseEnv({ ...base, OIDC_PROVIDERS: "ID-PORTEN" })).toThrow(/OIDC_PROVIDERS: "ID-PORTEN" must be letters and digits/);
  });

  it("has sensible session and invitation defaults for a public service", () => {
    const env = parseEnv(base);
    expect([env.DEKOM_SESSION_IDLE_MINUTES, env.DEKOM_SESSION_MAX_HOURS, env.DEKOM_INVITATION_DAYS]).toEqual([30, 8, 14]);
    expect(env.oidcProviders).toEqual([]);
  });
});
