// The portal's two written standards and the names that carry the reader's choice. No dependencies: client
// components import this (locales.ts, which parses Accept-Language, stays on the server).
export const LOCALES = ["nb", "nn"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";
/** The cookie that remembers the user's choice. */
export const LOCALE_COOKIE = "dekom-sprak";
/** The address parameter that shows one page in a language (a link to the nynorsk page). */
export const LOCALE_QUERY = "sprak";
/** The request header the proxy copies the address parameter into (server components cannot read the query). */
export const LOCALE_HEADER = "x-dekom-sprak";
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

