import { randomBytes } from "node:crypto";
import { inject } from "vitest";
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
