// schema.prisma and the committed migrations must describe the same database. Applies all migrations to
// one database and Prisma's from-empty script for schema.prisma to another, and compares their catalogs.
import { readdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase, dropDatabase, migrate } from "../../scripts/lib/database.ts";
import { diffSql } from "../../scripts/lib/prisma-cli.ts";

const base = inject("pgBaseUrl");
const suffix = Math.random().toString(36).slice(2, 8);
const fromMigrations = `drift_migrations_${suffix}`;
const fromSchema = `drift_schema_${suffix}`;

async function query(db: string, sql: string) {
  const client = new pg.Client({ connectionString: `${base}/${db}` });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Tables, columns, enums, indexes and constraints of the public schema, as sorted text. */
async function catalog(db: string): Promise<string[]> {
  const rows = await query(db, `
    select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable
           || ' default=' || coalesce(column_default, '') as line
      from information_schema.columns where table_schema = 'public' and table_name <> 'schema_migrations'
    union all
    select 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder)
      from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname
    union all
    select 'index ' || indexdef from pg_indexes where schemaname = 'public' and tablename <> 'schema_migrations'
       and indexname not like 'dekom_%'
    union all
    select 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
      from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text <> 'schema_migrations'
       and conname not like 'dekom_check_%'
  `);
  return rows.map((r) => r.line as string).sort();
}

afterAll(async () => {
  await dropDatabase(base, fromMigrations);
  await dropDatabase(base, fromSchema);
});

describe("migrations", () => {
  it("are dbmate files with an up and a down part", () => {
    const files = readdirSync("prisma/migrations").filter((f) => f.endsWith(".sql"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^\d{14}_[a-z0-9_]+\.sql$/);
  });

  it("produce exactly the schema that schema.prisma describes", async () => {
    await createDatabase(base, fromMigrations);
    await migrate(`${base}/${fromMigrations}`);
    await createDatabase(base, fromSchema);
    const sql = await diffSql("empty", "prisma/schema.prisma", `${base}/${fromSchema}`);
    const client = new pg.Client({ connectionString: `${base}/${fromSchema}` });
    await client.connect();
    await client.query(sql);
    await client.end();
    const [a, b] = await Promise.all([catalog(fromMigrations), catalog(fromSchema)]);
    expect(a.length).toBeGreaterThan(100);
    expect(a).toEqual(b);
  });
});
