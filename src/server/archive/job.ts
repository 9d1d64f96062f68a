import "server-only";
// The archive job in this server process: a run every 30 seconds, and an early one when a decision asks for it.
import { db } from "../db";
import { log } from "../log";
import { onShutdown, recordJobRun } from "../runtime";
import { runArchive } from "./deliver";
import { setArchiveKick } from "./job-kick";

const EVERY_MS = 30_000;

export function startArchiveJob() {
  let running: Promise<void> | null = null;
  let again = false;
  const tick = () => {
    if (running) { again = true; return; }
    const startedAt = new Date();
    running = runArchive(db(), startedAt)
      .then((r) => {
        const count = r.made + r.delivered.length + r.retrying.length + r.failed.length;
        recordJobRun("archive", "ok", startedAt, count);
        if (count) log.info({ event: "job.run", job: "archive", made: r.made, delivered: r.delivered, retrying: r.retrying, failed: r.failed, durationMs: Date.now() - startedAt.getTime() });
      })
      .catch((error: unknown) => {
        recordJobRun("archive", "failed", startedAt);
        log.error({ event: "job.run", job: "archive", outcome: "failed", message: error instanceof Error ? error.message : String(error) }, "the archive job failed; it tries again on its next run");
      })
      .finally(() => {
        running = null;
        if (again) { again = false; setTimeout(tick, 100).unref(); }
      });
  };
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  setTimeout(tick, 1_000).unref();
  // A decision asks from inside its transaction, before it commits: a run 200 ms later finds most, one at 2 s
  // the decisions whose transaction took longer (e.g. approving every allocation of a year at once).
  setArchiveKick(() => { setTimeout(tick, 200).unref(); setTimeout(tick, 2_000).unref(); });
  onShutdown(async () => {
    setArchiveKick(null);
    clearInterval(timer);
    await running;
  });
}
