// Runs once when the server starts: the archive job (always), and the reminder job every 10 minutes if SMTP is configured.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startArchiveJob } = await import("./server/archive/job");
  startArchiveJob();
  if (!process.env.SMTP_HOST) {
    const { log } = await import("./server/log");
    log.info({ event: "job.disabled", job: "reminders" }, "SMTP_HOST is not set: deadline reminders are not sent");
    return;
  }
  const { startReminderJob } = await import("./server/evaluations/reminder-job");
  startReminderJob();
}
