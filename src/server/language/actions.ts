"use server";
// The reader's choice of written standard. Anyone may choose (the public pages are in both languages too); the
// choice is the chooser's own cookie, remembered for a year. A signed-in user's choice is also kept on the user
// (with an audit entry), so that e-mails to them are written in it.
import { cookies } from "next/headers";
import { z } from "zod";
import type { ActionResult } from "../action-result";
import { msg, withLocale } from "@/i18n/server-text";
import { requestLocale } from "@/i18n/request-locale";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES } from "@/i18n/locales";
import { logRefusal } from "../security-log";
import { env } from "../env";
import { currentUser } from "../auth/session";
import { db } from "../db";
import { rememberLanguage } from "./service";

const languageSchema = z.object({ sprak: z.enum(LOCALES) });

export async function chooseLanguageAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const raw = form instanceof FormData ? form.get("sprak") : null;
  const parsed = languageSchema.safeParse({ sprak: raw });
  if (!parsed.success) {
    logRefusal({ action: "chooseLanguageAction", userId: null, reason: "invalid-input" });
    const value = typeof raw === "string" ? raw.slice(0, 20) : "";
    return withLocale(await requestLocale(), () => ({ ok: false, message: msg("language.unknown", { value }) }));
  }
  (await cookies()).set(LOCALE_COOKIE, parsed.data.sprak, {
    path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", httpOnly: true, secure: (env().NEXTAUTH_URL ?? "").startsWith("https:"),
  });
  const user = await currentUser();
  if (user) await rememberLanguage(db(), user.id, parsed.data.sprak);
  return withLocale(parsed.data.sprak, () => ({ ok: true, message: msg("language.chosen") }));
}
