// Starts the portal with `npm start`'s script on its own port and a fresh data folder, for benchmarks.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..", "..");

export async function waitForPage(url: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no page at ${url} within ${timeoutMs} ms`);
}

/** Starts the portal and returns its address, the time to its first page, and a stop function. */
export async function startPortal(port: number, dbPort: number) {
  const dataDir = `.data/bench-${port}`;
  rmSync(path.join(root, dataDir), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root, env: { ...process.env, PORT: String(port), DEKOM_DATA_DIR: dataDir, DEKOM_DB_PORT: String(dbPort) }, stdio: "ignore", detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForPage(`${base}/`, 600_000);
  return {
    base,
    startupMs: Math.round(performance.now() - started),
    async stop() {
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((r) => setTimeout(r, 2000));
      rmSync(path.join(root, dataDir), { recursive: true, force: true });
    },
  };
}

/** Signs in through next-auth's demo provider (CSRF token, then the credentials callback); the session cookie header. */
export async function demoSignIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/demo`, {
    method: "POST", redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, callbackUrl: `${base}/min-side`, json: "true" }),
  });
  const cookie = [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  if (!/session-token/.test(cookie)) throw new Error(`could not sign in as ${email}`);
  return cookie;
}

/**
 * The scripts a page's HTML makes a modern browser load first (`noModule` polyfills are skipped by every
 * browser that supports modules): their number, raw and gzip size (1 kB = 1000 B), and the first one's path.
 */
export async function firstLoadJs(base: string, html: string): Promise<{ files: number; kB: number; gzipKB: number; first?: string }> {
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !/nomodule/i.test(attrs));
  const scripts = [...new Set(tags.map((a) => /src="([^"]+)"/.exec(a)?.[1]).filter((s): s is string => !!s))];
  let raw = 0, gz = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  return { files: scripts.length, kB: +(raw / 1000).toFixed(1), gzipKB: +(gz / 1000).toFixed(1), first: scripts[0] };
}
