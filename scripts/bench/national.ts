// The national-scale benchmark (issue 14): `npm run bench`.
// 1. Builds the portal if the sources changed, makes a database with the demo data and the national dataset
//    of scripts/bench/national-data.ts (15 counties, 2,877 schools, ten years), and starts the portal on it
//    with `npm start`'s script (port 3300, data in .data/bench-national; PostgreSQL with pg_stat_statements).
// 2. Measures every route at 20 concurrent connections with autocannon, each run preceded by a run of a truly
//    static route of the same server (a file under /_next/static), and prints per route: p50 and p95, the
//    ratio of its p50 to the static route's p50 in the run before it, the SQL statements per request
//    (pg_stat_statements), the HTML size and the First Load JS (gzip, 1 kB = 1000 B).
// Options: --seconds N (per run; 10), --connections N (20), --only <substring>, --reuse (keep the database
// of the last run), --smoke (CI: 1 s per route, exits 1 if a route answers anything but 200),
// --json FILE (the table as JSON). Then live voting (scripts/bench/live-national.ts): 16 voters at once in
// Chromium, and 200 watchers of one round (smoke: 4 and 20).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { buildIsCurrent, recordBuild } from "../lib/build-fingerprint.ts";
import { createDatabase, dropDatabase, migrate, startEmbeddedCluster } from "../lib/database.ts";
import { seed } from "../lib/seed.ts";
import { buildPortal } from "../build.ts";
import { createPrismaClient } from "../../src/server/prisma-client.ts";
import { BENCH_USERS, LARGEST_REGION, generateNationalData, nid } from "./national-data.ts";
import { demoSignIn, firstLoadJs, waitForPage } from "./portal.ts";
import { measureLiveVoting, rssMb, serverPid } from "./live-national.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const smoke = args.includes("--smoke");
const seconds = Number(opt("seconds") ?? (smoke ? 1 : 10));
const connections = Number(opt("connections") ?? 20);
const only = opt("only");
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 54350);
const dataDir = ".data/bench-national";
const ownerUrl = `postgresql://postgres:dekom-lokal@127.0.0.1:${DB_PORT}/dekom`;
const base = `http://127.0.0.1:${PORT}`;
const log = (s: string) => console.log(`[bench] ${s}`);

const C = LARGEST_REGION.county;
const R = LARGEST_REGION.region;
const meeting = nid("nat-county-01-region-1-oppvekstforum-meeting-10");
/** The routes, with the user who sees them (none: signed out). */
const ROUTES: { name: string; path: string; as?: keyof typeof BENCH_USERS }[] = [
  { name: "forside", path: "/" },
  { name: "fylkets side", path: `/fylker/${C}` },
  { name: "største region (220 skoler)", path: `/fylker/${C}/regioner/${R}` },
  { name: "møter (offentlig)", path: `/fylker/${C}/moter` },
  { name: "et møte (offentlig)", path: `/fylker/${C}/moter/${meeting}` },
  { name: "protokoll", path: `/moter/${meeting}/protokoll` },
  { name: "protokoll (PDF)", path: `/moter/${meeting}/protokoll.pdf` },
  { name: "tildelinger (offentlig)", path: `/fylker/${C}/tildelinger` },
  { name: "evaluering (offentlig)", path: `/fylker/${C}/evalueringer/${R}/2025` },
  { name: "tilgjengelighet", path: "/tilgjengelighet" },
  { name: "logg inn", path: "/logg-inn" },
  { name: "min side (Statsforvalteren)", path: "/min-side", as: "governor" },
  { name: "evalueringsoversikt", path: "/min-side/evalueringer", as: "governor" },
  { name: "evaluering (skjema)", path: `/min-side/evalueringer/${R}/2026`, as: "developer" },
  { name: "tildelingsår", path: `/min-side/tildelinger/${C}/2025`, as: "governor" },
  { name: "tildelingsår (CSV)", path: `/min-side/tildelinger/${C}/2025/csv`, as: "governor" },
  { name: "oversikt", path: `/min-side/oversikt/${C}`, as: "governor" },
  { name: "struktur", path: `/min-side/struktur/${C}`, as: "governor" },
  { name: "tilgang", path: `/min-side/tilgang/${C}`, as: "governor" },
  { name: "regionplan", path: `/min-side/planer/${C}/${R}`, as: "developer" },
  { name: "nettverk", path: `/min-side/nettverk/${C}/${R}`, as: "developer" },
  { name: "møter", path: "/moter", as: "member" },
  { name: "et møte", path: `/moter/${meeting}`, as: "member" },
];

async function prepareDatabase() {
  if (args.includes("--reuse") && existsSync(path.join(root, dataDir, "postgres", "PG_VERSION"))) return log("reusing the database of the last run");
  rmSync(path.join(root, dataDir), { recursive: true, force: true });
  const cluster = await startEmbeddedCluster({ dir: path.join(dataDir, "postgres"), port: DB_PORT });
  try {
    await dropDatabase(cluster.baseUrl, "dekom");
    await createDatabase(cluster.baseUrl, "dekom");
    await migrate(ownerUrl);
    const db = createPrismaClient(ownerUrl);
    await seed(db);
    await db.$disconnect();
    const counts = await generateNationalData(ownerUrl, log);
    log(Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(", "));
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    await client.query("alter system set shared_preload_libraries = 'pg_stat_statements'");
    await client.end();
  } finally {
    await cluster.stop();
  }
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root, detached: true, stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(PORT), DEKOM_DATA_DIR: dataDir, DEKOM_DB_PORT: String(DB_PORT), NEXTAUTH_URL: base },
  });
  await waitForPage(`${base}/api/helse/klar`, 300_000);
  return child;
}

const signIn = (email: string) => demoSignIn(base, email);

type Run = { p50: number; p95: number; requests: number; non200: number; rps: number };
async function load(url: string, cookie?: string): Promise<Run> {
  const times: number[] = [];
  let non200 = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status !== 200) non200++;
    });
  });
  times.sort((a, b) => a - b);
  const q = (p: number) => +(times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? NaN).toFixed(1);
  return { p50: q(0.5), p95: q(0.95), requests: times.length, non200: non200 + result.errors + result.timeouts, rps: Math.round(result.requests.average) };
}

async function statements(client: pg.Client): Promise<number> {
  const { rows } = await client.query(`select coalesce(sum(calls), 0)::int as n from pg_stat_statements s join pg_roles r on r.oid = s.userid where r.rolname = 'dekom_app' and query not ilike '%pg_stat_statements%'`);
  return rows[0].n as number;
}

async function main() {
  if (!buildIsCurrent(root)) {
    log("building the portal …");
    await buildPortal();
    recordBuild(root);
  }
  await prepareDatabase();
  const server = await startServer();
  const stats = new pg.Client({ connectionString: ownerUrl });
  const table: Record<string, unknown>[] = [];
  let failed = false;
  try {
    await stats.connect();
    await stats.query("create extension if not exists pg_stat_statements");
    const cookies: Partial<Record<keyof typeof BENCH_USERS, string>> = {};
    for (const [k, email] of Object.entries(BENCH_USERS)) cookies[k as keyof typeof BENCH_USERS] = await signIn(email);
    const home = await (await fetch(`${base}/`)).text();
    const staticPath = (await firstLoadJs(base, home)).first;
    if (!staticPath) throw new Error("no script on the front page to use as the static route");
    log(`static route: ${staticPath}; ${connections} connections, ${seconds} s per run`);
    const pid = serverPid(PORT);
    const memory: Record<string, number> = {};
    if (pid) memory["RSS idle, MB"] = rssMb(pid);
    for (const route of ROUTES.filter((r) => !only || r.name.includes(only) || r.path.includes(only))) {
      const cookie = route.as ? cookies[route.as] : undefined;
      const first = await fetch(base + route.path, { headers: cookie ? { cookie } : {} });
      const body = await first.text();
      if (first.status !== 200) { failed = true; log(`${route.path}: HTTP ${first.status}`); continue; }
      for (let i = 0; i < 5; i++) await (await fetch(base + route.path, { headers: cookie ? { cookie } : {} })).arrayBuffer();
      const floor = await load(new URL(staticPath, base).href);
      await stats.query("select pg_stat_statements_reset()");
      const run = await load(base + route.path, cookie);
      const sql = await statements(stats);
      const html = /text\/html/.test(first.headers.get("content-type") ?? "");
      if (run.non200 > 0) { failed = true; log(`${route.path}: ${run.non200} answers were not 200`); }
      table.push({
        route: route.name, p50: run.p50, p95: run.p95, static_p50: floor.p50, ratio: +(run.p50 / Math.max(floor.p50, 0.1)).toFixed(1),
        "req/s": run.rps, "sql/req": +(sql / Math.max(run.requests, 1)).toFixed(1), "size kB": +(Buffer.byteLength(body) / 1000).toFixed(1),
        "JS kB": html ? (await firstLoadJs(base, body)).gzipKB : "",
      });
      log(JSON.stringify(table.at(-1)));
    }
    console.table(table);
    if (pid) {
      memory["RSS right after the load, MB"] = rssMb(pid);
      await new Promise((r) => setTimeout(r, smoke ? 5_000 : 60_000));
      memory[`RSS ${smoke ? 5 : 60} s later, MB`] = rssMb(pid);
      console.table(memory);
    }
    let live: Record<string, unknown> = {};
    if (!only || "live".includes(only)) {
      live = await measureLiveVoting({ base, ownerUrl, port: PORT, signIn, voters: smoke ? 4 : 16, watchers: smoke ? 20 : 200 });
      console.table(live);
    }
    const json = opt("json");
    if (json) writeFileSync(json, JSON.stringify({ routes: table, memory, live }, null, 2));
  } finally {
    await stats.end().catch(() => {});
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((r) => setTimeout(r, 3000));
  }
  if (failed) {
    log("FAILED: a route did not answer 200");
    process.exit(1);
  }
}

await main();
