import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LATEST_MIGRATION } from "./health";

describe("readiness", () => {
  it("expects the newest migration in prisma/migrations (update LATEST_MIGRATION with each new one)", () => {
    const newest = readdirSync("prisma/migrations").filter((f) => /^\d{14}_.*\.sql$/.test(f)).sort().at(-1)!;
    expect(newest.slice(0, 14)).toBe(LATEST_MIGRATION);
  });
});
