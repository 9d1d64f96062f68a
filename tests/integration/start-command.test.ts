// The start command's refusals: a database that cannot be reached, and a wrong setting, each stop it with an
// English message naming the problem, and nothing is started or half-written.
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDatabase, dropDatabase } from "../../scripts/lib/database.ts";

const base = inject("pgBaseUrl");
const run = (env: Record<string, string>) =>
  spawnSync("node_modules/.bin/tsx", ["scripts/start.ts"], { env: { ...process.env, ...env, PORT: "3999" }, encoding: "utf8", timeout: 60_000 });

afterAll(() => dropDatabase(base, "start_command_test"));

describe("npm start", () => {
  it("stops with a clear message when the database cannot be reached", () => {
    const r = run({ DATABASE_URL: "postgresql://dekom:feil@127.0.0.1:1/finnes_ikke" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[dekom\] could not start: Migrating the database failed: cannot reach 127\.0\.0\.1:1 \(ECONNREFUSED\)/);
  });

  it("stops before building or serving when a setting is wrong, naming the variable", async () => {
    await createDatabase(base, "start_command_test");
    const r = run({ DATABASE_URL: `${base}/start_command_test`, NEXTAUTH_SECRET: "for-kort", OIDC_ISSUER: "https://idp.example" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("NEXTAUTH_SECRET: must be at least 32 characters");
    expect(r.stderr).toContain("OIDC_CLIENT_ID: OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required too");
    expect(r.stdout).not.toContain("building the portal");
  });

  it("refuses the demo sign-in against a database given by DATABASE_URL unless it is declared a demo", async () => {
    await createDatabase(base, "start_command_test");
    const r = run({ DATABASE_URL: `${base}/start_command_test`, DEKOM_DEMO_LOGIN: "true", NEXTAUTH_SECRET: "x".repeat(40) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("DEKOM_DEMO_LOGIN=true lets anyone sign in as any demo user");
    expect(r.stderr).toContain("set DEKOM_DEMO_INSTALLATION=true as well");
    expect(r.stdout).not.toContain("building the portal");
  });

  it("names each wrong OIDC provider setting", async () => {
    await createDatabase(base, "start_command_test");
    const r = run({ DATABASE_URL: `${base}/start_command_test`, NEXTAUTH_SECRET: "x".repeat(40), OIDC_PROVIDERS: "IDPORTEN,FEIDE", OIDC_IDPORTEN_ISSUER: "https://idporten.no" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("OIDC_IDPORTEN_CLIENT_ID: required");
    expect(r.stderr).toContain("OIDC_FEIDE_ISSUER: required");
  });
});
