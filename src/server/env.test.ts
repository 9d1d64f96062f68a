import { afterEach, describe, expect, it, vi } from "vitest";

const good = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/dekom", NEXTAUTH_SECRET: "x".repeat(32) };

async function load(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const key of ["DATABASE_URL", "NEXTAUTH_SECRET", "DEKOM_DEMO_LOGIN", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) vi.stubEnv(key, undefined as never);
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v as string);
  return (await import("./env")).env;
}
afterEach(() => vi.unstubAllEnvs());

describe("configuration", () => {
  it("accepts the minimum and keeps the demo sign-in off by default", async () => {
    const env = await load(good);
    expect(env().DEKOM_DEMO_LOGIN).toBe("false");
    expect(env().OIDC_NAME).toBe("ID-porten");
  });

  it("names each wrong or missing variable in one English message", async () => {
    const env = await load({ DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short" });
    expect(() => env()).toThrow(/DATABASE_URL: must be a postgresql:\/\/ connection URL/);
    expect(() => env()).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it("requires the client id and secret when an OIDC issuer is set", async () => {
    const env = await load({ ...good, OIDC_ISSUER: "https://idporten.no" });
    expect(() => env()).toThrow(/OIDC_CLIENT_ID: OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required too/);
  });

  it("refuses a demo sign-in setting other than true or false", async () => {
    const env = await load({ ...good, DEKOM_DEMO_LOGIN: "yes" });
    expect(() => env()).toThrow(/DEKOM_DEMO_LOGIN/);
  });
});
