// The instance's metrics in Prometheus' text format (prom-client): requests and their durations per route,
// the database pools, the open live-vote streams and the jobs' last runs, besides Node's own process metrics.
import client from "prom-client";
import { runtime } from "../server/runtime";

export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "dekom_" });
  const requests = new client.Counter({
    name: "dekom_http_requests_total", help: "HTTP requests answered, by method, route and status",
    labelNames: ["method", "route", "status"] as const, registers: [registry],
  });
  const durations = new client.Histogram({
    name: "dekom_http_request_duration_seconds", help: "Time to answer a request, by method and route",
    labelNames: ["method", "route"] as const, buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
  });
  new client.Gauge({
    name: "dekom_db_pool_connections", help: "Database connections of this instance's pools, by state",
    labelNames: ["state"] as const, registers: [registry],
    collect() {
      const pools = [...runtime().pools];
      const sum = (k: "totalCount" | "idleCount" | "waitingCount") => pools.reduce((n, p) => n + p[k], 0);
      this.set({ state: "open" }, sum("totalCount"));
      this.set({ state: "idle" }, sum("idleCount"));
      this.set({ state: "in_use" }, sum("totalCount") - sum("idleCount"));
      this.set({ state: "waiting_requests" }, sum("waitingCount"));
    },
  });
  new client.Gauge({
    name: "dekom_live_vote_connections", help: "Open live-vote streams (server-sent events) on this instance", registers: [registry],
    collect() { this.set(runtime().liveStreams); },
  });
  new client.Gauge({
    name: "dekom_job_last_run_timestamp_seconds", help: "When a job last ran on this instance, by job and outcome (skipped: another instance held the lock)",
    labelNames: ["job", "outcome"] as const, registers: [registry],
    collect() {
      this.reset();
      for (const [job, run] of runtime().jobs) this.set({ job, outcome: run.outcome }, run.at.getTime() / 1000);
    },
  });
  new client.Gauge({
    name: "dekom_job_last_run_sent", help: "E-mails the job's last run on this instance sent", labelNames: ["job"] as const, registers: [registry],
    collect() {
      this.reset();
      for (const [job, run] of runtime().jobs) this.set({ job }, run.sent);
    },
  });
  return {
    registry,
    observe(method: string, route: string, status: number, seconds: number) {
      requests.inc({ method, route, status: String(status) });
      durations.observe({ method, route }, seconds);
    },
  };
}
