import { readdirSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { LATEST_MIGRATION, readiness } from "./health";
import type { Db } from "./prisma-client";
import { runtime } from "./runtime";

afterEach(() => void (runtime().draining = false));

describe("readiness", () => {
  it("expects the newest migration in prisma/migrations (update LATEST_MIGRATION with each new one)", () => {
    const newest = readdirSync("prisma/migrations").filter((f) => /^\d{14}_.*\.sql$/.test(f)).sort().at(-1)!;
    expect(newest.slice(0, 14)).toBe(LATEST_MIGRATION);
  });

  it("is red from SIGTERM on, even with the database up to date, so the load balancer sends nothing new", async () => {
    const upToDate = { $queryRaw: async () => [{ v: LATEST_MIGRATION }] } as unknown as Db;
    expect(await readiness(upToDate)).toEqual({ ready: true, reason: "ok" });
    runtime().draining = true;
    expect(await readiness(upToDate)).toEqual({ ready: false, reason: "shutting-down" });
  });
});
