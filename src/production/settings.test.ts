import { describe, expect, it } from "vitest";
import { readProductionSettings } from "./settings";

const good = {
  DATABASE_URL: "postgresql://dekom_app:pw@db.internal:5432/dekom",
  NEXTAUTH_SECRET: "x".repeat(32),
  NEXTAUTH_URL: "https://dekom.statsforvalteren.no",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};
const problems = (vars: Record<string, string | undefined>) => {
  const r = readProductionSettings(vars);
  return r.ok ? [] : r.problems;
};

describe("the production settings", () => {
  it("start with the four required settings and defaults for the rest", () => {
    const r = readProductionSettings(good);
    expect(r).toMatchObject({ ok: true, settings: { HOST: "0.0.0.0", PORT: 3000, DEKOM_MIGRATE: "true", DEKOM_SHUTDOWN_SECONDS: 25, DEKOM_LOG_FORMAT: "json" } });
  });

  it("name every missing setting, once each, in one message", () => {
    const p = problems({});
    expect(p.map((l) => l.split(":")[0])).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"]);
    expect(p.find((l) => l.startsWith("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"))).toContain("same key on every instance");
  });

  it("treat an empty value as missing", () => {
    expect(problems({ ...good, NEXTAUTH_SECRET: "" })).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET: required/)]);
  });

  it("refuse a short session secret, a key that is not an AES key, a bad port and a non-PostgreSQL URL", () => {
    expect(problems({ ...good, NEXTAUTH_SECRET: "kort" })).toEqual(["NEXTAUTH_SECRET: must be at least 32 characters (openssl rand -base64 32)"]);
    for (const key of ["hemmelig", Buffer.alloc(20).toString("base64"), "ikke base64 !!"]) {
      expect(problems({ ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toEqual([expect.stringMatching(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be a base64 AES key/)]);
    }
    expect(readProductionSettings({ ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") }).ok).toBe(true);
    expect(problems({ ...good, PORT: "70000" })).toEqual([expect.stringMatching(/^PORT:/)]);
    expect(problems({ ...good, DATABASE_URL: "mysql://x" })).toEqual(["DATABASE_URL: must be a postgresql:// connection URL"]);
  });

  it("refuse the demo sign-in unless the installation says it is a demo", () => {
    expect(problems({ ...good, DEKOM_DEMO_LOGIN: "true" })).toEqual([expect.stringMatching(/^DEKOM_DEMO_LOGIN: true lets anyone sign in/)]);
    expect(readProductionSettings({ ...good, DEKOM_DEMO_LOGIN: "true", DEKOM_DEMO_INSTALLATION: "true" }).ok).toBe(true);
  });

  it("refuse a metrics token too short to be a secret", () => {
    expect(problems({ ...good, DEKOM_METRICS_TOKEN: "abc" })).toEqual([expect.stringMatching(/^DEKOM_METRICS_TOKEN: must be at least 24/)]);
  });
});
