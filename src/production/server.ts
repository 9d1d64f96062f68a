// The production server: `node .next/standalone/server.mjs` (scripts/build.ts bundles this file into Next's
// standalone output, the artefact that is tested and deployed). Around Next's own request handler it
//   - refuses to start, naming the setting, when a production setting is missing or wrong, or the database
//     cannot be reached;
//   - applies the migrations under a lock (several instances starting at once apply them once);
//   - gives every request an id (X-Request-Id, kept from the load balancer when it sends one) and logs one
//     JSON line per request: id, route, status, duration, user id;
//   - serves Prometheus metrics at /metrics to holders of DEKOM_METRICS_TOKEN;
//   - shuts down gracefully on SIGTERM: readiness goes red, no new connections, live-vote streams close so
//     their clients reconnect to another instance, running requests finish (bounded), then it exits.
import { EventEmitter, once } from "node:events";
import { readFileSync } from "node:fs";
import http from "node:http";
import { randomUUID, timingSafeEqual } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { catalogues } from "../i18n/catalogue";

/** Answers made before Next runs (metrics): bokmål, the portal's default language. */
const errors = catalogues.nb.errors;
const unavailable = catalogues.nb.unavailable;
import { parseEnv } from "../server/env-schema";
import { log, logger } from "../server/log";
import { runtime, type RequestContext } from "../server/runtime";
import { createMetrics } from "./metrics";
import { migrateWithLock } from "./migrate";
import { routeMatcher } from "./routes";
import { readProductionSettings, type ProductionSettings } from "./settings";

const dir = import.meta.dirname;

function refuse(problems: string[]): never {
  log.error({ event: "start.refused", problems }, `DEKOM-portalen cannot start: ${problems.join("; ")}`);
  logger().flush();
  process.exit(78); // EX_CONFIG
}

/** Connects once, so a wrong or unreachable DATABASE_URL stops the start with the setting's name. */
async function reach(name: string, url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const e = error as { code?: string; message: string };
    refuse([`${name}: cannot reach the database (${e.code ?? e.message})`]);
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  const read = readProductionSettings(process.env);
  if (!read.ok) refuse(read.problems);
  const settings = read.settings;
  try {
    parseEnv(process.env);
  } catch (error) {
    refuse(String((error as Error).message).split("\n").slice(1).map((l) => l.trim()));
  }
  await reach("DATABASE_URL", settings.DATABASE_URL);
  if (settings.DEKOM_MIGRATE === "true") {
    const ownerUrl = settings.DEKOM_MIGRATION_URL ?? settings.DATABASE_URL;
    if (settings.DEKOM_MIGRATION_URL) await reach("DEKOM_MIGRATION_URL", ownerUrl);
    const startedAt = Date.now();
    await migrateWithLock(ownerUrl, { dbmate: path.join(dir, "bin", "dbmate"), migrations: path.join(dir, "prisma", "migrations") },
      () => log.info({ event: "migrations.waiting" }, "another instance is applying the migrations; waiting for it"));
    log.info({ event: "migrations.applied", durationMs: Date.now() - startedAt });
  }

  (process.env as Record<string, string>).NODE_ENV = "production";
  process.chdir(dir);
  const config = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8")).config;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: settings.HOST, port: settings.PORT, conf: config });
  await app.prepare();
  serve(settings, app.getRequestHandler(), () => (app as { close?: () => Promise<void> }).close?.());
}

function serve(settings: ProductionSettings, handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>, closeNext: () => Promise<void> | undefined) {
  const rt = runtime();
  const routeOf = routeMatcher(JSON.parse(readFileSync(path.join(dir, ".next", "routes-manifest.json"), "utf8")));
  const metrics = createMetrics();
  const idle = new EventEmitter();
  let inFlight = 0;

  const server = http.createServer((req, res) => {
    const startedAt = performance.now();
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && /^[A-Za-z0-9._:-]{8,100}$/.test(given) ? given : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    const pathname = (req.url ?? "/").split("?")[0]!;
    if (pathname === "/metrics") return void serveMetrics(req, res);
    if (rt.draining) res.setHeader("Connection", "close");
    const context: RequestContext = { requestId };
    inFlight++;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      inFlight--;
      const route = routeOf(pathname);
      const seconds = (performance.now() - startedAt) / 1000;
      metrics.observe(req.method ?? "GET", route, res.statusCode, seconds);
      if (route !== "/_next") {
        log.info({ event: "request", requestId, userId: context.userId ?? null, method: req.method, route, status: res.statusCode, durationMs: Math.round(seconds * 1000) });
      }
      if (inFlight === 0) idle.emit("idle");
    };
    res.on("finish", finish);
    res.on("close", finish);
    rt.requests.run(context, () => {
      handle(req, res).catch((error: unknown) => {
        log.error({ event: "request.failed", requestId, message: error instanceof Error ? error.message : String(error) });
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end(unavailable.body);
      });
    });
  });
  // Longer than a load balancer's usual idle timeout (60 s), so it never sends a request on a closed connection.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse) {
    const token = settings.DEKOM_METRICS_TOKEN;
    if (!token) return void res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(errors.notFound);
    const given = Buffer.from(req.headers.authorization ?? "");
    const wanted = Buffer.from(`Bearer ${token}`);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      log.warn({ event: "metrics.refused" });
      return void res.writeHead(401, { "Content-Type": "text/plain; charset=utf-8", "WWW-Authenticate": 'Bearer realm="metrics"' }).end(errors.forbidden);
    }
    res.writeHead(200, { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" }).end(await metrics.registry.metrics());
  }

  async function shutdown(signal: string) {
    if (rt.draining) return;
    rt.draining = true;
    const began = performance.now();
    log.info({ event: "shutdown.started", signal, inFlight });
    rt.events.emit("drain"); // live-vote streams end; their browsers reconnect through the load balancer
    server.close();
    server.closeIdleConnections();
    const timeout = new Promise<"timeout">((r) => setTimeout(r, settings.DEKOM_SHUTDOWN_SECONDS * 1000, "timeout").unref());
    const waited = inFlight === 0 ? "idle" : await Promise.race([once(idle, "idle").then(() => "idle" as const), timeout]);
    if (waited === "timeout") log.warn({ event: "shutdown.timeout", inFlight, seconds: settings.DEKOM_SHUTDOWN_SECONDS });
    // Close the kept-alive connections in the same turn as the last answer: a client may already have written
    // its next request on one, and that request must not start while the pools below are being closed (it is
    // refused instead, and the load balancer sends it to another instance).
    server.closeAllConnections();
    for (const { close } of [...rt.closers.filter((c) => !c.last), ...rt.closers.filter((c) => c.last)]) {
      try {
        await close();
      } catch (error) {
        log.warn({ event: "shutdown.close-failed", message: error instanceof Error ? error.message : String(error) });
      }
    }
    await Promise.resolve(closeNext()).catch(() => {});
    log.info({ event: "shutdown.finished", signal, durationMs: Math.round(performance.now() - began), unfinishedRequests: inFlight });
    logger().flush();
    process.exit(0);
  }
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  server.listen(settings.PORT, settings.HOST, () => {
    log.info({ event: "server.ready", host: settings.HOST, port: settings.PORT, startupMs: Math.round(process.uptime() * 1000), rssMb: Math.round(process.memoryUsage().rss / 1e6) },
      `DEKOM-portalen is listening on http://${settings.HOST}:${settings.PORT}`);
  });
}

main().catch((error: unknown) => {
  log.error({ event: "start.failed", message: error instanceof Error ? error.message : String(error) });
  logger().flush();
  process.exit(1);
});
