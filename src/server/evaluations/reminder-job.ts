import { db } from "../db";
import { env } from "../env";
import { mailerFromEnv } from "../mail";
import { runReminders } from "./reminders";

const EVERY_MS = 10 * 60_000;

/** Starts the reminder job in this server process; its state is in the database, so restarts lose nothing. */
export function startReminderJob() {
  const e = env();
  const mailer = mailerFromEnv(e)!;
  const url = e.NEXTAUTH_URL ?? "http://localhost:3000";
  const tick = () =>
    runReminders(db(), mailer, new Date(), url)
      .then((sent) => sent.length && console.log(`[dekom] reminders sent: ${sent.join(", ")}`))
      .catch((error) => console.error("[dekom] reminder job failed (will try again):", error));
  void tick();
  setInterval(tick, EVERY_MS).unref();
}
