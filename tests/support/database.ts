import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, dropDatabase } from "../../scripts/lib/database.ts";
import { createPrismaClient, type Db } from "../../src/server/prisma-client.ts";

/** A fresh copy of the seeded template database for one test file. Call `drop` in afterAll. */
export async function testDatabase(): Promise<{ db: Db; url: string; drop: () => Promise<void> }> {
  const base = inject("pgBaseUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  await createDatabase(base, name, "dekom_template");
  const url = `${base}/${name}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(base, name);
    },
  };
}

/**
 * Gives the test file its own copy of the seeded database for all its tests, dropped afterwards. Call it
 * at the top of the file; its hooks run before the file's own.
 */
export function useTestDatabase(): { db: Db; url: string } {
  const ref = {} as { db: Db; url: string };
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const t = await testDatabase();
    Object.assign(ref, { db: t.db, url: t.url });
    drop = t.drop;
  });
  afterAll(() => drop?.());
  return ref;
}
