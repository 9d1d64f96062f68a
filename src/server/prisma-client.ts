// Creates a Prisma client on PostgreSQL through the JavaScript engine and the pg adapter.
// Used by src/server/db.ts (the app) and by scripts/ and tests/ (seed, fixtures).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}
export type Db = ReturnType<typeof createPrismaClient>;
