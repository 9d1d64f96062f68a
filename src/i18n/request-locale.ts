// The language of the request being served, for server code outside next-intl's own functions: a server
// action (runAction) and a page render (root layout, requirePageUser) set it for the server's text.
import { cookies, headers } from "next/headers";
import { requestLocaleChoice } from "./choice";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { setRenderLocale } from "./server-text";

export async function requestLocale(): Promise<Locale> {
  try {
    return (await requestLocaleChoice(headers, cookies)).locale;
  } catch {
    return DEFAULT_LOCALE; // no request (a job, a script)
  }
}

/** For a page: settles the request's language for the server's text rendered on it, and returns it. */
export async function pageLocale(): Promise<Locale> {
  const locale = await requestLocale();
  setRenderLocale(locale);
  return locale;
}
