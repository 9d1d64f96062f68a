// Benchmark: time from `npm start` to the first page (fresh embedded database, existing build), server
// response times of the public pages, and the JavaScript each page loads first (gzip).
// Usage: npx tsx scripts/bench/foundation.ts   (builds first if the sources changed)
import { gzipSync } from "node:zlib";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "../lib/build-fingerprint.ts";
import { startPortal } from "./portal.ts";
import { buildPortal } from "../build.ts";

// Build first (untimed), so the start-up figure is the start-up, not the build.
const root = path.resolve(import.meta.dirname, "..", "..");
if (!buildIsCurrent(root)) {
  const t = performance.now();
  await buildPortal();
  recordBuild(root);
  console.log(`next build: ${Math.round(performance.now() - t)} ms`);
}

const ROUTES = ["/", "/regioner/vesteralen", "/regioner/lofoten", "/logg-inn", "/tilgjengelighet", "/tildelinger"];
/** Signed-in pages, with the demo user who sees them. */
const SIGNED_IN: [string, string][] = [
  ["/min-side", "stine.berg@statsforvalteren.example"],
  ["/min-side/tildelinger/2022", "stine.berg@statsforvalteren.example"],
  ["/min-side/evalueringer/vesteralen/2026", "kari.strand@rkk.example"],
  ["/moter", "tor.andreassen@sortland.example"],
];
let cookie = "";

/** Signs in through next-auth's demo provider (CSRF token, then the credentials callback) and keeps the session cookie. */
async function signIn(email: string) {
  const csrf = await fetch(`${portal.base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${portal.base}/api/auth/callback/demo`, {
    method: "POST", redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, callbackUrl: `${portal.base}/min-side`, json: "true" }),
  });
  cookie = [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

async function firstLoadJs(route: string) {
  const base = portal.base;
  const html = await (await fetch(base + route, { headers: { cookie } })).text();
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
  const base = portal.base;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(base + route, { headers: { cookie } });
    await res.text();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: +times[Math.floor(n / 2)].toFixed(1), p95Ms: +times[Math.floor(n * 0.95)].toFixed(1) };
}

const portal = await startPortal(3200, 54341);
try {
  const rows = [];
  for (const route of ROUTES) rows.push({ route, ...(await timings(route)), ...(await firstLoadJs(route)) });
  for (const [route, email] of SIGNED_IN) {
    await signIn(email);
    rows.push({ route: `${route} (innlogget)`, ...(await timings(route)), ...(await firstLoadJs(route)) });
  }
  console.log(`npm start → first page (fresh database: initdb, migrate, seed; build already current): ${portal.startupMs} ms`);
  console.table(rows);
} finally {
  await portal.stop();
}
