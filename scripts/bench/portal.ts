// Starts the portal with `npm start`'s script on its own port and a fresh data folder, for benchmarks.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

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
