// Creates a Prisma client on PostgreSQL through the JavaScript engine and the pg adapter.
// Used by src/server/db.ts (the app) and by scripts/ and tests/ (seed, fixtures).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { log } from "./log";
import { runtime } from "./runtime";

export function createPrismaClient(connectionString: string) {
  // Bounded waits: a connection that cannot be made in 10 s, or a query with no answer in 30 s (a server
  // that died with the socket still open), fails with an error instead of holding the request forever.
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000, query_timeout: 30_000 });
  // An idle connection that the server drops (a restart, a failover, kill -9) is reported here; without a
  // listener Node treats it as an unhandled error and the whole process stops. The pool makes a new
  // connection on the next query, so the portal carries on once the database is back.
  pool.on("error", (error) => {
    log.error({ event: "db.connection-lost", code: (error as { code?: string }).code ?? null, message: error.message });
  });
  // A connection the server drops while a transaction holds it is never given back by Prisma's adapter (its
  // rollback cannot run), so after a database restart every slot of the pool would stay taken and the portal
  // would wait forever. Give such a connection's slot back as soon as it ends; the pool then drops it.
  pool.on("connect", (client) => {
    client.on("end", () => {
      const release = (client as { release?: (error?: Error) => void }).release;
      try {
        release?.(new Error("connection lost"));
      } catch {
        // already given back: nothing to do
      }
    });
  });
  // The metrics read the pool's use (src/production/metrics.ts).
  runtime().pools.add(pool);
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // A pool handed to the adapter stays open after $disconnect: end it too, so no connection lingers.
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnect();
    runtime().pools.delete(pool);
    if (!pool.ended) await pool.end();
  };
  return client;
}
export type Db = ReturnType<typeof createPrismaClient>;
