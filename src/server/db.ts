import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";
import { env } from "./env";
import { onShutdown } from "./runtime";

// One Prisma client per process, kept across hot reloads in development.
const holder = globalThis as unknown as { dekomDb?: Db };

export function db(): Db {
  if (!holder.dekomDb) {
    const client = createPrismaClient(env().DATABASE_URL);
    holder.dekomDb = client;
    // Closed last at shutdown, after the running requests and jobs have finished with it.
    onShutdown(() => client.$disconnect(), { last: true });
  }
  return holder.dekomDb;
}
