import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";
import { env } from "./env";

// One Prisma client per process, kept across hot reloads in development.
const holder = globalThis as unknown as { dekomDb?: Db };

export function db(): Db {
  holder.dekomDb ??= createPrismaClient(env().DATABASE_URL);
  return holder.dekomDb;
}
