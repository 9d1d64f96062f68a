// Starts one real PostgreSQL for the integration tests and prepares a template database (migrated and
// seeded). Each test file copies the template into a database of its own (tests/support/database.ts),
// so files run in parallel without seeing each other's writes.
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, migrate, startEmbeddedCluster } from "../../scripts/lib/database.ts";
import { seed } from "../../scripts/lib/seed.ts";
import { createPrismaClient } from "../../src/server/prisma-client.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgBaseUrl: string;
  }
}

export const TEMPLATE = "dekom_template";

export default async function setup(project: TestProject) {
  const cluster = await startEmbeddedCluster({ dir: ".data/test-postgres", port: Number(process.env.DEKOM_TEST_DB_PORT ?? 54330) });
  await dropDatabase(cluster.baseUrl, TEMPLATE);
  await createDatabase(cluster.baseUrl, TEMPLATE);
  await migrate(cluster.url(TEMPLATE));
  const db = createPrismaClient(cluster.url(TEMPLATE));
  await seed(db);
  await db.$disconnect();
  project.provide("pgBaseUrl", cluster.baseUrl);
  return async () => {
    await cluster.stop();
  };
}
