// The language of the request being served: from the address parameter (copied into a header by the proxy), the
// remembered choice (cookie) and the browser's preference (locales.ts decides), once per request. next-intl's
// request config reads it, and so does server code outside next-intl: a server action (runAction) and a page
// render (root layout, requirePageUser) set it for the server's text.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_HEADER, pickLocale, type Locale, type LocaleChoice } from "./locales";
import { setRenderLocale } from "./server-text";

export const requestLocaleChoice = cache(async (): Promise<LocaleChoice> => {
  const [h, c] = await Promise.all([headers(), cookies()]);
  return pickLocale({ query: h.get(LOCALE_HEADER), cookie: c.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get("accept-language") });
});

export async function requestLocale(): Promise<Locale> {
  try {
    return (await requestLocaleChoice()).locale;
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
