import "server-only";
import { db as portalDb } from "./db";
import type { Db } from "./prisma-client";
import { runtime } from "./runtime";

/**
 * The newest migration this build expects (a unit test keeps it equal to the newest file in
 * prisma/migrations). Readiness is red while the database is behind it.
 */
export const LATEST_MIGRATION = "20261124231445";

/** Ready: not shutting down, the database answers, and its schema has every migration this build needs. No detail goes out. */
export async function readiness(db: Db = portalDb()): Promise<{ ready: boolean; reason: "ok" | "shutting-down" | "database-unreachable" | "migrations-behind" }> {
  // From SIGTERM on the load balancer should send this instance nothing new.
  if (runtime().draining) return { ready: false, reason: "shutting-down" };
  try {
    const rows = await db.$queryRaw<{ v: string | null }[]>`select max(version)::text as v from schema_migrations`;
    const applied = rows[0]?.v ?? "";
    return applied >= LATEST_MIGRATION ? { ready: true, reason: "ok" } : { ready: false, reason: "migrations-behind" };
  } catch {
    return { ready: false, reason: "database-unreachable" };
  }
}
