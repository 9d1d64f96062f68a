// What the production server (src/production/server.ts, bundled on its own) and the portal's code (bundled
// by Next) share in one process: the request being served, whether the instance is shutting down, and what
// the metrics read (database pools, live-vote streams, job runs). Two bundles mean two copies of this module,
// so the state itself lives once on globalThis under a registered symbol. No 'server-only' here: the
// production server imports this file outside React's server bundle.
import { AsyncLocalStorage } from "node:async_hooks";
import { EventEmitter } from "node:events";

export type RequestContext = { requestId: string; userId?: string };
export type JobOutcome = "ok" | "failed" | "skipped";
export type PoolStats = { totalCount: number; idleCount: number; waitingCount: number };

export type Runtime = {
  /** The request this code runs for (set by the production server around every request). */
  requests: AsyncLocalStorage<RequestContext>;
  /** True from SIGTERM on: readiness answers 503 and live streams close so clients reconnect elsewhere. */
  draining: boolean;
  /** "drain": the instance is shutting down. */
  events: EventEmitter;
  liveStreams: number;
  pools: Set<PoolStats>;
  jobs: Map<string, { at: Date; outcome: JobOutcome; durationMs: number; sent: number }>;
  /** Run when the instance shuts down, after the last request: jobs and listeners first, the database last. */
  closers: { close: () => Promise<void> | void; last: boolean }[];
};

const key = Symbol.for("dekom.runtime");
const holder = globalThis as unknown as Record<symbol, Runtime | undefined>;

export function runtime(): Runtime {
  holder[key] ??= {
    requests: new AsyncLocalStorage<RequestContext>(),
    draining: false,
    events: new EventEmitter().setMaxListeners(0),
    liveStreams: 0,
    pools: new Set(),
    jobs: new Map(),
    closers: [],
  };
  return holder[key]!;
}

/** Registers what must stop when the instance shuts down; `last` for the database, which the others use. */
export function onShutdown(close: () => Promise<void> | void, options: { last?: boolean } = {}) {
  runtime().closers.push({ close, last: options.last ?? false });
}

/** Names the signed-in user in this request's log line (the id only). */
export function noteUser(userId: string) {
  const context = runtime().requests.getStore();
  if (context) context.userId = userId;
}

export function recordJobRun(job: string, outcome: JobOutcome, startedAt: Date, sent = 0) {
  runtime().jobs.set(job, { at: startedAt, outcome, durationMs: Date.now() - startedAt.getTime(), sent });
}
