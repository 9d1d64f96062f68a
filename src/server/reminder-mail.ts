// Sending a reminder once: its key in ReminderSent is written in the same transaction as the sending, so a rerun, a
// restart or a second instance never sends it twice, and a failed send is tried again on the next run. Used by the
// evaluation's and the behovsmelding's reminder jobs.
import type { Locale } from "@/i18n/config";
import { byLanguage, type Mail, type Mailer, type Recipient } from "./mail";
import type { Db } from "./prisma-client";

/** A reminder's recipients, and its text in a given written standard. */
export type Composed = { to: Recipient[]; write: (locale: Locale) => Omit<Mail, "to"> };

/**
 * Sends a reminder to its recipients, each in the written standard they chose (one e-mail per standard), and records
 * its key in the same transaction: a failed send rolls the key back, so the next run tries again.
 */
export async function sendOnce(db: Db, mailer: Mailer, key: string, mail: Composed, now: Date): Promise<boolean> {
  const to = mail.to.map((r) => r.email);
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`INSERT INTO "ReminderSent" (key, recipients, "sentAt") VALUES (${key}, ${to}, ${now}) ON CONFLICT (key) DO NOTHING`;
    if (inserted === 0) return false;
    for (const [locale, group] of byLanguage(mail.to)) await mailer.send({ to: group, ...mail.write(locale) });
    return true;
  }, { timeout: 30_000 });
}
