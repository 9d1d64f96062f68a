// Benchmark: time from `npm start` to the first page (fresh embedded database, existing build), server
// response times of the public pages, and the JavaScript each page loads first (gzip).
// Usage: npx tsx scripts/bench/foundation.ts   (builds first if the sources changed)
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = 3200;
const base = `http://127.0.0.1:${port}`;
const dataDir = ".data/bench";
const ROUTES = ["/", "/regioner/vesteralen", "/regioner/lofoten", "/logg-inn", "/tilgjengelighet"];

async function waitForPage(url: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no page at ${url} within ${timeoutMs} ms`);
}

async function firstLoadJs(route: string) {
  const html = await (await fetch(base + route)).text();
  // Scripts a modern browser runs: `noModule` polyfills are skipped by every browser that supports modules.
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !/nomodule/i.test(attrs));
  const scripts = [...new Set(tags.map((a) => /src="([^"]+)"/.exec(a)?.[1]).filter((s): s is string => !!s))];
  let raw = 0, gz = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  return { files: scripts.length, kB: +(raw / 1024).toFixed(1), gzipKB: +(gz / 1024).toFixed(1) };
}

async function timings(route: string, n = 30) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(base + route);
    await res.text();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: +times[Math.floor(n / 2)].toFixed(1), p95Ms: +times[Math.floor(n * 0.95)].toFixed(1) };
}

rmSync(path.join(root, dataDir), { recursive: true, force: true });
const started = performance.now();
const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
  cwd: root, env: { ...process.env, PORT: String(port), DEKOM_DATA_DIR: dataDir, DEKOM_DB_PORT: "54341" }, stdio: "ignore", detached: true,
});
try {
  await waitForPage(`${base}/`, 600_000);
  const startupMs = Math.round(performance.now() - started);
  const rows = [];
  for (const route of ROUTES) rows.push({ route, ...(await timings(route)), ...(await firstLoadJs(route)) });
  console.log(`npm start → first page (fresh database: initdb, migrate, seed; build already current): ${startupMs} ms`);
  console.table(rows);
} finally {
  process.kill(-child.pid!, "SIGTERM");
  await new Promise((r) => setTimeout(r, 2000));
  rmSync(path.join(root, dataDir), { recursive: true, force: true });
}
