// The portal's two written standards and how a request's language is chosen (pure; tested in
// locales.test.ts). Order: a `?sprak=` in the address (for that page only), the language the user chose
// (a cookie, remembered for a year), the browser's preference, bokmål. An unknown value in the address or
// the cookie is reported as a code, so the page can say so in the language it falls back to.
import Negotiator from "negotiator";

export { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_HEADER, LOCALE_QUERY, LOCALES, type Locale } from "./config";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./config";

export const isLocale = (v: unknown): v is Locale => typeof v === "string" && (LOCALES as readonly string[]).includes(v);

/**
 * The browser's preference (Accept-Language) as one of ours. "no" (Norwegian, unspecified) and "nb" are
 * bokmål, "nn" is nynorsk; the first of ours by the browser's weights wins, else none.
 */
export function browserLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const wanted = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  for (const tag of wanted) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "nn") return "nn";
    if (primary === "nb" || primary === "no") return "nb";
  }
  return null;
}

export type LocaleChoice = {
  locale: Locale;
  source: "query" | "cookie" | "browser" | "default";
  /** A language the address or the cookie asked for that the portal does not have (cut to 20 characters). */
  unknown?: { where: "query" | "cookie"; value: string };
};

export function pickLocale(input: { query?: string | null; cookie?: string | null; acceptLanguage?: string | null }): LocaleChoice {
  let unknown: LocaleChoice["unknown"];
  const query = input.query?.trim();
  if (query) {
    if (isLocale(query)) return { locale: query, source: "query" };
    unknown = { where: "query", value: query.slice(0, 20) };
  }
  const cookie = input.cookie?.trim();
  if (cookie) {
    if (isLocale(cookie)) return { locale: cookie, source: "cookie", ...(unknown ? { unknown } : {}) };
    unknown ??= { where: "cookie", value: cookie.slice(0, 20) };
  }
  const browser = browserLocale(input.acceptLanguage);
  if (browser) return { locale: browser, source: "browser", ...(unknown ? { unknown } : {}) };
  return { locale: DEFAULT_LOCALE, source: "default", ...(unknown ? { unknown } : {}) };
}
