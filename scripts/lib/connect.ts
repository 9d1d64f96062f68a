// The database a command-line tool works on: DATABASE_URL, or the embedded PostgreSQL of `npm start`
// (the same folder and port), whether or not the portal is running now.
import path from "node:path";
import pg from "pg";
import { createDatabase, migrate, startEmbeddedCluster, type Cluster } from "./database.ts";

const root = path.resolve(import.meta.dirname, "..", "..");

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function portalDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    await migrate(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, close: async () => {} };
  }
  const port = Number(process.env.DEKOM_DB_PORT ?? 54329);
  const running = `postgresql://postgres:dekom-lokal@127.0.0.1:${port}/dekom`;
  if (await reachable(running)) return { url: running, close: async () => {} };
  const dataDir = path.resolve(root, process.env.DEKOM_DATA_DIR ?? ".data");
  const cluster: Cluster = await startEmbeddedCluster({ dir: path.join(dataDir, "postgres"), port });
  await createDatabase(cluster.baseUrl, "dekom");
  const url = cluster.url("dekom");
  await migrate(url);
  return { url, close: () => cluster.stop() };
}
