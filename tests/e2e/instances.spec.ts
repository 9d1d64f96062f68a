// Two instances of the built portal (the standalone artefact, `node .next/standalone/server.mjs`, as
// deployed) on one PostgreSQL, as behind a load balancer: they start together and migrate once, a session
// made on one is valid on the other, a ballot cast through B reaches a member watching on A within a second,
// the reminder job runs on both and each reminder is sent once (real SMTP server on loopback), SIGTERM to A
// during a burst of approvals loses no acknowledged one, and readiness follows the database down and up.
// The browser talks to each instance directly (the load balancer's part, sending the retry to B, is played
// by the burst's client).
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createDatabase, dropDatabase, migrate, startEmbeddedCluster, type Cluster } from "../../scripts/lib/database";
import { seed } from "../../scripts/lib/seed";
import { createPrismaClient, type Db } from "../../src/server/prisma-client";
import { decide, decisionActionId, ready, startInstance, type Instance } from "../support/instance";
import { startSmtp } from "../support/smtp";
import { expect, signInAsDemo, test } from "../support/e2e";

const DB_PORT = 54335;
const dataDir = path.resolve(".data/e2e-instances");
const METRICS_TOKEN = randomBytes(24).toString("hex");

let cluster: Cluster;
let db: Db;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let A: Instance, B: Instance;
const figures: Record<string, string> = {};

test.describe.configure({ mode: "serial", timeout: 180_000 });
// A stream cut by SIGTERM and the database going away make the browser log failed loads: the tests cause that.
test.use({ allowConsoleErrors: true });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = await startSmtp();
  cluster = await startEmbeddedCluster({ dir: path.join(dataDir, "postgres"), port: DB_PORT });
  await dropDatabase(cluster.baseUrl, "dekom");
  await createDatabase(cluster.baseUrl, "dekom");
  const url = cluster.url("dekom");
  await migrate(url);
  db = createPrismaClient(url);
  await seed(db);
  // A reminder falls due today: the deadline for last year's reports is in seven days, none delivered.
  const inAWeek = new Date(Date.now() + 7 * 86_400_000);
  const [day, month] = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", day: "numeric", month: "numeric" }).format(inAWeek).split("/").map(Number);
  const lastYear = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date())) - 1;
  await db.county.updateMany({ data: { reportDeadlineMonth: month, reportDeadlineDay: day } });
  await db.evaluation.updateMany({ where: { year: lastYear }, data: { status: "DRAFT" } });
  await db.deadlineExtension.deleteMany({});
  // Nine allocations waiting for approval (Nordland 2022, reset to drafts).
  await db.allocation.updateMany({ data: { status: "DRAFT", approvedNetworkOre: null, approvedUhOre: null, decidedById: null, decidedAt: null } });
  // Both at the same moment, each applying the migrations at start (under the lock).
  const env = { DEKOM_METRICS_TOKEN: METRICS_TOKEN, DEKOM_SHUTDOWN_SECONDS: "20", SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port) };
  A = startInstance("A", 3103, url, env);
  B = startInstance("B", 3104, url, env);
  await Promise.all([ready(A), ready(B)]);
});

test.afterAll(async () => {
  for (const instance of [A, B]) if (instance?.process.exitCode === null) instance.process.kill("SIGKILL");
  await db?.$disconnect();
  await cluster?.stop().catch(() => {});
  await smtp?.stop();
  console.log(`[instances] ${Object.entries(figures).map(([k, v]) => `${k}: ${v}`).join("; ")}`);
});

test("both start together and migrate once; a session made on A is valid on B; the metrics need the token", async ({ page }) => {
  expect(A.lines.concat(B.lines).filter((l) => l.event === "migrations.applied")).toHaveLength(2);
  const rss = async (i: Instance) => {
    const text = await (await fetch(`${i.base}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    return Number(/^dekom_process_resident_memory_bytes (\d+)/m.exec(text)![1]) / 1e6;
  };
  figures["start-up (spawn to listening)"] = `A ${A.startedMs} ms, B ${B.startedMs} ms`;
  figures["memory per idle instance (RSS)"] = `A ${Math.round(await rss(A))} MB, B ${Math.round(await rss(B))} MB`;
  expect((await fetch(`${A.base}/metrics`)).status).toBe(401);
  expect((await fetch(`${A.base}/metrics`, { headers: { Authorization: "Bearer feil" } })).status).toBe(401);

  await signInAsDemo(page, "Stine Berg", A.base);
  // The session cookie is for the host (127.0.0.1), as behind one address; B reads it with the shared secret.
  await page.goto(`${B.base}/min-side`);
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
  await expect(page.getByText("Stine Berg").first()).toBeVisible();

  const metrics = await (await fetch(`${B.base}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  expect(metrics).toMatch(/dekom_http_requests_total\{method="GET",route="\/min-side",status="200"\} [1-9]/);
  expect(metrics).toMatch(/dekom_db_pool_connections\{state="open"\} [1-9]/);
  // Every request has one JSON log line with its id, route, status, duration and the user's id, no name.
  const line = B.lines.find((l) => l.event === "request" && l.route === "/min-side");
  expect(line).toMatchObject({ level: "info", status: 200, method: "GET", requestId: expect.any(String), userId: expect.any(String), durationMs: expect.any(Number) });
  expect(JSON.stringify(B.lines)).not.toContain("Stine");
});

test("an instance with a missing or wrong production setting stops at start, naming it", async () => {
  const refusal = async (env: Record<string, string>) => {
    const i = startInstance("refused", 3107, cluster.url("dekom"), env);
    const code = await i.exit;
    return { code, problems: (i.lines.find((l) => l.event === "start.refused")?.problems ?? []) as string[] };
  };
  expect(await refusal({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "" })).toEqual({ code: 78, problems: [expect.stringMatching(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: required/)] });
  expect(await refusal({ NEXTAUTH_SECRET: "for-kort" })).toEqual({ code: 78, problems: ["NEXTAUTH_SECRET: must be at least 32 characters (openssl rand -base64 32)"] });
  expect(await refusal({ DATABASE_URL: "postgresql://dekom@127.0.0.1:1/dekom" })).toEqual({ code: 78, problems: ["DATABASE_URL: cannot reach the database (ECONNREFUSED)"] });
});

test("a ballot cast through B reaches a member watching on A within a second", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, "Tor Andreassen", A.base);
  await page.goto(`${A.base}/moter`);
  await page.getByRole("link", { name: /Oppvekstforum, møte 4\/2026/ }).click();
  await page.waitForURL(/\/moter\/[^/]+$/);
  const meeting = new URL(page.url()).pathname;
  const card = (p: Page) => p.getByRole("article").filter({ has: p.getByRole("heading", { name: /^Sak 12\/26/ }) });
  await card(page).getByText("Åpne avstemning (møteleder)").click();
  await card(page).getByLabel("Åpen i antall minutter").fill("30");
  await card(page).getByRole("button", { name: "Åpne avstemningen" }).click();
  await expect(card(page).getByRole("table", { name: "Har stemt: 0 av 6" })).toBeVisible();

  const geir = await (await browser.newContext()).newPage();
  await signInAsDemo(geir, "Geir Pedersen", B.base);
  await geir.goto(`${B.base}${meeting}`);
  await card(geir).getByLabel(/^Nye satsingsområder/).check();
  await card(geir).getByRole("button", { name: "Avgi stemme" }).click();
  await expect(card(geir).getByRole("status").filter({ hasText: "Stemmen er registrert." })).toBeVisible();
  const cast = performance.now(); // the ballot is in the database when B answers
  await expect(card(page).getByRole("table", { name: "Har stemt: 1 av 6" })).toBeVisible({ timeout: 5_000 });
  const crossed = Math.round(performance.now() - cast);
  figures["ballot from B to a member on A"] = `${crossed} ms`;
  expect(crossed).toBeLessThan(1000);
  await geir.context().close();
});

test("the reminder job runs on both instances and each reminder is sent once", async () => {
  for (let i = 0; i < 100 && [A, B].some((x) => !x.lines.some((l) => l.event === "job.run")); i++) await sleep(100);
  const runs = [A, B].map((x) => x.lines.find((l) => l.event === "job.run" && l.job === "reminders")!);
  expect(runs.map((r) => r.outcome).sort()).toEqual(runs.some((r) => r.outcome === "skipped") ? ["ok", "skipped"] : ["ok", "ok"]);
  const keys = (await db.reminderSent.findMany()).map((r) => r.key);
  expect(keys.length).toBeGreaterThan(0);
  expect(runs.reduce((n, r) => n + Number(r.sent), 0)).toBe(keys.length);
  expect(smtp.received).toHaveLength(keys.length);
  const subjects = smtp.received.map((m) => `${m.to.join(",")} ${/^Subject: (.*)$/m.exec(m.raw)?.[1]}`);
  expect(new Set(subjects).size).toBe(subjects.length);
});

test("SIGTERM to A during a burst of approvals loses no acknowledged one", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, "Stine Berg", A.base);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const actionId = await decisionActionId(A.base, cookie);
  const allocations = await db.allocation.findMany({ where: { grant: { year: 2022 } }, select: { id: true, version: true } });
  expect(allocations.length).toBe(9); // Nordland's nine regions
  const since = new Date();
  const acknowledged: { id: string; decision: string }[] = [];
  let target = A.base;
  const STEPS = 12;

  // Each allocation: approve, reopen, approve, … as fast as the answers come, on A until it goes away, then B.
  const chain = async (a: { id: string; version: number }) => {
    let version = a.version;
    let decision = "approve";
    for (let done = 0; done < STEPS;) {
      const result = await decide(target, cookie, actionId!, { allocationId: a.id, version: String(version), year: "2022", decision });
      if (result === null) { target = B.base; continue; } // the load balancer's retry
      if (result.ok) {
        acknowledged.push({ id: a.id, decision });
        version++;
        decision = decision === "approve" ? "reopen" : "approve";
      } else {
        // Not acknowledged: read where the row stands (a cut request may have been applied after all).
        const now = await db.allocation.findUniqueOrThrow({ where: { id: a.id } });
        version = now.version;
        decision = now.status === "APPROVED" ? "reopen" : "approve";
      }
      done++;
    }
  };
  const burst = Promise.all(allocations.map(chain));
  while (acknowledged.length < 20) await sleep(10);
  const terminatedAt = performance.now();
  A.process.kill("SIGTERM");
  const code = await A.exit;
  const shutdownMs = Math.round(performance.now() - terminatedAt);
  await burst;

  expect(code).toBe(0);
  const finished = A.lines.find((l) => l.event === "shutdown.finished")!;
  const started = A.lines.find((l) => l.event === "shutdown.started")!;
  expect(finished).toMatchObject({ unfinishedRequests: 0 });
  figures["graceful shutdown under load"] = `${shutdownMs} ms from SIGTERM to exit, ${started.inFlight} requests in flight at SIGTERM`;
  figures["approvals"] = `${acknowledged.length} acknowledged (${allocations.length} allocations × ${STEPS} steps)`;

  // Every acknowledged decision is in the database with its audit entry, in order; every version step has one.
  const audit = await db.auditEntry.findMany({ where: { entityType: "Allocation", at: { gte: since }, action: { in: ["allocation.approve", "allocation.reopen"] } }, orderBy: { id: "asc" } });
  for (const a of allocations) {
    const entries = audit.filter((e) => e.entityId === a.id).map((e) => e.action.replace("allocation.", ""));
    const mine = acknowledged.filter((x) => x.id === a.id).map((x) => x.decision);
    const final = await db.allocation.findUniqueOrThrow({ where: { id: a.id } });
    expect(entries.length, `audit entries of ${a.id}`).toBe(final.version - a.version);
    // The acknowledged ones, in their order, among the applied ones (a cut request may have been applied unacknowledged).
    let at = 0;
    for (const entry of entries) if (entry === mine[at]) at++;
    expect(at, `acknowledged decisions of ${a.id} found in its audit trail`).toBe(mine.length);
  }
});

test("readiness follows the database down and up, without restarting the instance", async () => {
  test.setTimeout(120_000);
  const status = () => fetch(`${B.base}/api/helse/klar`).then((r) => r.status, () => 0);
  expect(await status()).toBe(200);
  await cluster.stop();
  let red = 0;
  for (let i = 0; i < 150 && red !== 503; i++) { red = await status(); if (red !== 503) await sleep(200); }
  expect(red).toBe(503);
  expect((await fetch(`${B.base}/api/helse/live`)).status).toBe(200);
  cluster = await startEmbeddedCluster({ dir: path.join(dataDir, "postgres"), port: DB_PORT });
  let green = 0;
  for (let i = 0; i < 150 && green !== 200; i++) { green = await status(); if (green !== 200) await sleep(200); }
  expect(green).toBe(200);
  expect(B.process.exitCode).toBeNull();
});
