// Liveness and readiness for a load balancer: readiness follows the database (reachable, migrations
// complete) and says nothing else; liveness only says the process answers.
import { afterAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { readiness } from "../../src/server/health";
import { createPrismaClient, type Db } from "../../src/server/prisma-client";
import * as live from "../../src/app/api/helse/live/route";
import * as ready from "../../src/app/api/helse/klar/route";

const t = useTestDatabase();
// Nothing listens on port 1: a database that is down.
const down = createPrismaClient("postgresql://dekom:x@127.0.0.1:1/dekom");
afterAll(() => down.$disconnect());
const holder = globalThis as { dekomDb?: Db };

describe("health", () => {
  it("is ready with the database up and migrated, and says only that", async () => {
    expect(await readiness(t.db)).toEqual({ ready: true, reason: "ok" });
    holder.dekomDb = t.db;
    const r = await ready.GET();
    expect([r.status, await r.text(), r.headers.get("cache-control")]).toEqual([200, "klar", "no-store"]);
  });

  it("is not ready while the database is unreachable, and ready again when it is back", async () => {
    expect(await readiness(down)).toEqual({ ready: false, reason: "database-unreachable" });
    holder.dekomDb = down;
    const r = await ready.GET();
    expect([r.status, await r.text()]).toEqual([503, "ikke klar"]);
    holder.dekomDb = t.db;
    expect((await ready.GET()).status).toBe(200);
  });

  it("is not ready while a migration this build needs is missing", async () => {
    const [newest] = await t.db.$queryRaw<{ version: string }[]>`select version from schema_migrations order by version desc limit 1`;
    await t.db.$executeRaw`delete from schema_migrations where version = ${newest!.version}`;
    try {
      expect(await readiness(t.db)).toEqual({ ready: false, reason: "migrations-behind" });
    } finally {
      await t.db.$executeRaw`insert into schema_migrations (version) values (${newest!.version})`;
    }
    expect((await readiness(t.db)).ready).toBe(true);
  });

  it("is alive whatever the database does", async () => {
    const r = live.GET();
    expect([r.status, await r.text()]).toEqual([200, "ok"]);
  });
});
