// Usage: npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>.sql (dbmate format) from the difference between the schema
// as of the last migration (prisma/snapshot/schema.prisma) and prisma/schema.prisma, then moves the snapshot.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createDatabase, startEmbeddedCluster } from "./lib/database.ts";
import { diffSql } from "./lib/prisma-cli.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
const schema = path.join(root, "prisma", "schema.prisma");
const snapshot = path.join(root, "prisma", "snapshot", "schema.prisma");

const cluster = await startEmbeddedCluster({ dir: ".data/migration-tool", port: Number(process.env.DEKOM_DB_PORT ?? 54398) });
try {
  await createDatabase(cluster.baseUrl, "scratch");
  const url = cluster.url("scratch");
  const { existsSync } = await import("node:fs");
  const from = existsSync(snapshot) ? snapshot : "empty";
  const up = await diffSql(from, schema, url);
  const down = from === "empty" ? "-- The first migration has no way back.\n" : await diffSql(schema, from, url);
  if (!up.trim() || up.includes("This is an empty migration")) {
    console.log("schema.prisma has no changes since the last migration; nothing written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const file = path.join(root, "prisma", "migrations", `${stamp}_${name}.sql`);
    await writeFile(file, `-- migrate:up\n${up}\n-- migrate:down\n${down}`);
    await mkdir(path.dirname(snapshot), { recursive: true });
    await copyFile(schema, snapshot);
    console.log(`Wrote ${path.relative(root, file)}. Review it, then commit it with prisma/snapshot/schema.prisma.`);
  }
} finally {
  await cluster.stop();
}
