// The server's own text (refusals, confirmations, zod messages, archive copies) in the language of the
// request, read synchronously from the catalogues: the language is set once per server action (runAction,
// withLocale) or per page render (pageLocale), and is bokmål where no request is being served (jobs, tests).
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { createTranslator } from "next-intl";
import { catalogues, type Messages } from "./catalogue";
import { DEFAULT_LOCALE, type Locale } from "./locales";

const store = new AsyncLocalStorage<Locale>();
/** Per request (React's cache): the language a page render settled on. */
const renderLocale = cache((): { locale: Locale | null } => ({ locale: null }));

const translators = {
  nb: createTranslator({ locale: "nb", messages: catalogues.nb }),
  nn: createTranslator({ locale: "nn", messages: catalogues.nn as Messages }),
};
type Translator = (typeof translators)["nb"];

export function currentLocale(): Locale {
  const fromAction = store.getStore();
  if (fromAction) return fromAction;
  try {
    return renderLocale().locale ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Runs `work` with the server's text in `locale` (a server action, a job writing a decision in the body's language). */
export function withLocale<T>(locale: Locale, work: () => T): T {
  return store.run(locale, work);
}

/** Sets the language of the page being rendered (root layout and pages call it before their text is made). */
export function setRenderLocale(locale: Locale): void {
  renderLocale().locale = locale;
}

/** A message from the catalogue in the current language, e.g. msg("errors.forbidden"). */
export const msg: Translator = ((key: never, values?: never) => translators[currentLocale()](key, values)) as unknown as Translator;

/** A message in a given language (an archive copy in the body's language). */
export const msgIn = (locale: Locale): Translator => translators[locale];

/**
 * An object whose properties read their message from the catalogue when used, so each use is in the language of
 * the request at that moment (a module-level constant would be fixed in one language).
 */
export function lazyText<K extends string>(keys: readonly K[], text: (key: K) => string): Record<K, string> {
  return Object.defineProperties({} as Record<K, string>, Object.fromEntries(keys.map((k) => [k, { get: () => text(k), enumerable: true }])));
}

const ERRORS = ["forbidden", "notSignedIn", "staleVersion", "staleGroup", "staleCase", "staleReport", "staleAllocation", "concurrentCreate", "notFound", "unexpected"] as const;
/** The errors every feature refuses with, in the current language (read at the moment of refusal). */
export const errors = lazyText(ERRORS, (key) => msg(`errors.${key}`));
