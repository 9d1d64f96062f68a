// E-mail through SMTP (nodemailer): the deadline reminders and the invitations.
import nodemailer from "nodemailer";
import type { Env } from "./env-schema";

export type Mail = { to: string[]; subject: string; text: string };
export type Mailer = { send: (mail: Mail) => Promise<void> };

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
