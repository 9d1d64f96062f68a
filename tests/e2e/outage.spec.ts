// The database goes away under a running portal (kill -9) and comes back: meanwhile the user sees the
// portal's Norwegian "temporarily unavailable" page with a retry, and afterwards pages and sign-in work
// again without the portal being restarted. The portal here is the README's start command on a database of
// its own (the other specs keep theirs), started by this file.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedCluster, type Cluster } from "../../scripts/lib/database";
import { expect, expectAccessible, signInAsDemo, test } from "../support/e2e";

const PORT = 3102;
const DB_PORT = 54333;
const dataDir = path.resolve(".data/e2e-outage");
const base = `http://127.0.0.1:${PORT}`;
let portal: ChildProcess;
let restarted: Cluster | undefined;

test.describe.configure({ mode: "serial", timeout: 180_000 });
// While the database is down the browser logs the failed page loads; that is what this test causes.
test.use({ baseURL: base, allowConsoleErrors: true });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  portal = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
    env: { ...process.env, PORT: String(PORT), DEKOM_DATA_DIR: dataDir, DEKOM_DB_PORT: String(DB_PORT), DEKOM_FRESH: "true", NEXTAUTH_URL: base },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 600; i++) {
    const up = await fetch(`${base}/`).then((r) => r.ok, () => false);
    if (up) return;
    await sleep(250);
  }
  throw new Error("the portal for the outage test did not start");
});

test.afterAll(async () => {
  await restarted?.stop().catch(() => {});
  if (portal?.pid) {
    try { process.kill(-portal.pid, "SIGTERM"); } catch { /* already gone */ }
  }
});

test("while the database is down the user gets a Norwegian page with a retry, and everything works again when it is back", async ({ page }) => {
  await signInAsDemo(page, "Stine Berg");
  await page.goto("/fylker/nordland");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nordland");

  // kill -9 of PostgreSQL, and of nothing else.
  const postmaster = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(postmaster, "SIGKILL");
  await sleep(1000);

  for (const address of ["/fylker/nordland", "/min-side", "/"]) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1, name: "Tjenesten er midlertidig utilgjengelig" })).toBeVisible();
    await expect(page.getByText("Ingenting du har lagret, er tapt.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  }
  await expectAccessible(page);
  // A load balancer sees it too: not ready (no detail), while the process is alive.
  const ready = await page.request.get("/api/helse/klar");
  expect([ready.status(), await ready.text()]).toEqual([503, "ikke klar"]);
  expect((await page.request.get("/api/helse/live")).status()).toBe(200);

  // PostgreSQL back (the killed server's memory may still be held for a moment), the portal not restarted.
  for (let i = 0; ; i++) {
    try {
      restarted = await startEmbeddedCluster({ dir: path.join(dataDir, "postgres"), port: DB_PORT });
      break;
    } catch (error) {
      if (i > 60) throw error;
      await sleep(500);
    }
  }
  await expect.poll(async () => (await page.request.get("/api/helse/klar")).status(), { timeout: 20_000 }).toBe(200);
  await page.getByRole("button", { name: "Prøv igjen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Desentralisert ordning for kompetanseutvikling i skolen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Min side" })).toBeVisible();
  // The session made before the outage still holds, and a page that reads and writes works.
  await page.goto("/min-side");
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
});
