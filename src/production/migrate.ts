// Applies the committed SQL migrations with dbmate (a kept runner; docs/decisions/003-production.md), holding a
// PostgreSQL advisory lock meanwhile: several instances that start at the same moment apply them once, and
// the others wait for the lock and then find nothing left to do.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
/** The lock's key: any constant no other code uses ("dekom-migrations" as a 64-bit number). */
export const MIGRATION_LOCK = 7_244_911_301_553_017n;

export async function migrateWithLock(databaseUrl: string, paths: { dbmate: string; migrations: string }, onWait?: () => void): Promise<void> {
  const url = new URL(databaseUrl);
  if (!url.searchParams.has("sslmode") && ["127.0.0.1", "localhost"].includes(url.hostname)) url.searchParams.set("sslmode", "disable");
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 20_000 });
  try {
    await client.connect();
  } catch (error) {
    const e = error as { code?: string; message: string };
    throw new Error(`Migrating the database failed: cannot reach ${url.hostname}:${url.port || 5432} (${e.code ?? e.message})`);
  }
  try {
    const got = await client.query<{ locked: boolean }>("select pg_try_advisory_lock($1) as locked", [MIGRATION_LOCK.toString()]);
    if (!got.rows[0]!.locked) {
      onWait?.();
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK.toString()]);
    }
    try {
      await run(paths.dbmate, ["--url", url.toString(), "--migrations-dir", paths.migrations, "--no-dump-schema", "--wait", "--wait-timeout", "20s", "up"]);
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(`Migrating the database failed: ${e.stderr?.trim() || e.message}`);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK.toString()]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
