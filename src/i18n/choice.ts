// The language of the request being served, from the address parameter (copied into a header by the proxy),
// the remembered choice (cookie) and the browser's preference. Cached per request.
import { cache } from "react";
import { LOCALE_COOKIE, LOCALE_HEADER, pickLocale, type LocaleChoice } from "./locales";

type HeadersFn = () => Promise<{ get(name: string): string | null }>;
type CookiesFn = () => Promise<{ get(name: string): { value: string } | undefined }>;

const choose = cache(async (headers: HeadersFn, cookies: CookiesFn): Promise<LocaleChoice> => {
  const [h, c] = await Promise.all([headers(), cookies()]);
  return pickLocale({ query: h.get(LOCALE_HEADER), cookie: c.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get("accept-language") });
});

export const requestLocaleChoice = (headers: HeadersFn, cookies: CookiesFn) => choose(headers, cookies);
