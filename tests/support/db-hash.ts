import type { Db } from "../../src/server/prisma-client";

let tables: string[] | undefined;

/**
 * One hash over every row of every table: equal before and after means nothing was written. Except
 * "RateLimit": counting a refused guess there is what a refusal is meant to do (rate-limit.ts).
 */
export async function databaseHash(db: Db): Promise<string> {
  tables ??= (await db.$queryRaw<{ t: string }[]>`select tablename::text as t from pg_tables where schemaname = 'public' and tablename <> 'RateLimit' order by 1`).map((r) => r.t);
  const parts = tables.map((name) => {
    const q = `"${name.replace(/"/g, '""')}"`;
    return `select '${name}' || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as h from ${q} x`;
  });
  const rows = await db.$queryRawUnsafe<{ h: string }[]>(`select string_agg(h, '|' order by h) as h from (${parts.join(" union all ")}) s`);
  return rows[0]!.h;
}

/** The tables whose rows differ between two hashes (for the message of a failing test). */
export function changedTables(before: string, after: string): string {
  const a = new Map(before.split("|").map((p) => p.split(":") as [string, string]));
  return after.split("|").map((p) => p.split(":") as [string, string]).filter(([t, h]) => a.get(t) !== h).map(([t]) => t).join(", ");
}
