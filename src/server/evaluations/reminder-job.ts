import { db } from "../db";
import { env } from "../env";
import { log } from "../log";
import { mailerFromEnv, type Mailer } from "../mail";
import type { Db } from "../prisma-client";
import { onShutdown, recordJobRun } from "../runtime";
import { runReminders } from "./reminders";
import { runNeedsReminders } from "../needs/reminders";

const EVERY_MS = 10 * 60_000;
/** The advisory lock that lets one instance at a time run the job (any constant no other code uses). */
export const REMINDER_LOCK = 7_244_911_301_553_018n;

/**
 * One run of the reminder job, on whichever instance takes the lock first; the others skip this round.
 * The lock saves the work twice over; what makes each reminder go out once is its key in ReminderSent.
 */
export async function runReminderJob(database: Db, mailer: Mailer, now: Date, portalUrl: string): Promise<{ outcome: "ok" | "skipped"; sent: string[] }> {
  return database.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`select pg_try_advisory_xact_lock(${REMINDER_LOCK}) as locked`;
    if (!locked) return { outcome: "skipped" as const, sent: [] };
    const evaluations = await runReminders(database, mailer, now, portalUrl);
    return { outcome: "ok" as const, sent: [...evaluations, ...(await runNeedsReminders(database, mailer, now, portalUrl))] };
  }, { maxWait: 10_000, timeout: EVERY_MS });
}

/** Starts the reminder job in this server process; its state is in the database, so restarts lose nothing. */
export function startReminderJob() {
  const e = env();
  const mailer = mailerFromEnv(e)!;
  const url = e.NEXTAUTH_URL ?? "http://localhost:3000";
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    const startedAt = new Date();
    running = runReminderJob(db(), mailer, startedAt, url)
      .then(({ outcome, sent }) => {
        recordJobRun("reminders", outcome, startedAt, sent.length);
        log.info({ event: "job.run", job: "reminders", outcome, sent: sent.length, keys: sent, durationMs: Date.now() - startedAt.getTime() });
      })
      .catch((error: unknown) => {
        recordJobRun("reminders", "failed", startedAt);
        log.error({ event: "job.run", job: "reminders", outcome: "failed", message: error instanceof Error ? error.message : String(error) }, "the reminder job failed; it tries again on its next run");
      })
      .finally(() => { running = null; });
  };
  tick();
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  // At shutdown: no new run, and a run that has begun finishes (its e-mails and their keys stay together).
  onShutdown(async () => {
    clearInterval(timer);
    await running;
  });
}
