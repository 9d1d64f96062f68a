// E-mail through SMTP (nodemailer): the deadline reminders and the invitations.
import nodemailer from "nodemailer";
import type { Env } from "./env-schema";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/i18n/config";

export type Mail = { to: string[]; subject: string; text: string };
export type Mailer = { send: (mail: Mail) => Promise<void> };

/** Someone an e-mail goes to, with the written standard they chose in the portal (null: never chose). */
export type Recipient = { email: string; language: Locale | null };

/**
 * The recipients by written standard, so each gets the e-mail in the one they chose (bokmål for those who never
 * chose), in the catalogue's order; a standard no one chose is left out, and an address is written to once.
 */
export function byLanguage(recipients: readonly Recipient[]): [Locale, string[]][] {
  const seen = new Set<string>();
  const groups = new Map<Locale, string[]>();
  for (const r of recipients) {
    if (seen.has(r.email)) continue;
    seen.add(r.email);
    const locale = r.language ?? DEFAULT_LOCALE;
    groups.set(locale, [...(groups.get(locale) ?? []), r.email]);
  }
  return LOCALES.filter((l) => groups.has(l)).map((l) => [l, groups.get(l)!]);
}

export function smtpMailer(config: { host: string; port: number; secure: boolean; user?: string; password?: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({
    host: config.host, port: config.port, secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password } : undefined,
  });
  return { send: async (mail) => void (await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text })) };
}

/** The configured mailer, or null when SMTP_HOST is not set. */
export function mailerFromEnv(e: Env): Mailer | null {
  if (!e.SMTP_HOST) return null;
  return smtpMailer({ host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE === "true", user: e.SMTP_USER, password: e.SMTP_PASSWORD, from: e.SMTP_FROM });
}
