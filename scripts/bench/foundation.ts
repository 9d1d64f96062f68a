// Benchmark: time from `npm start` to the first page (fresh embedded database, existing build), server
// response times of the public pages, and the JavaScript each page loads first (gzip).
// Usage: npx tsx scripts/bench/foundation.ts   (builds first if the sources changed)
import path from "node:path";
import { buildIsCurrent, recordBuild } from "../lib/build-fingerprint.ts";
import { demoSignIn, firstLoadJs, startPortal } from "./portal.ts";
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

async function signIn(email: string) {
  cookie = await demoSignIn(portal.base, email);
}

async function pageScripts(route: string) {
  const { files, kB, gzipKB } = await firstLoadJs(portal.base, await (await fetch(portal.base + route, { headers: { cookie } })).text());
  return { files, kB, gzipKB };
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
  for (const route of ROUTES) rows.push({ route, ...(await timings(route)), ...(await pageScripts(route)) });
  for (const [route, email] of SIGNED_IN) {
    await signIn(email);
    rows.push({ route: `${route} (innlogget)`, ...(await timings(route)), ...(await pageScripts(route)) });
  }
  console.log(`npm start → first page (fresh database: initdb, migrate, seed; build already current): ${portal.startupMs} ms`);
  console.table(rows);
} finally {
  await portal.stop();
}
