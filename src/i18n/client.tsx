"use client";
// The catalogue in the browser, for client components: the namespaces a layout passes (ClientText), formatted
// with icu-minify's formatter (under 1 kB). The messages arrive compiled at build time (next.config.ts), so no
// ICU parser is shipped; next-intl's own client provider added 8–16 kB to every page's First Load JS.
import { createContext, useContext } from "react";
import format, { type CompiledMessage } from "icu-minify/format";
import type { Messages } from "./catalogue";
import type { Locale } from "./locales";

type Tree = { [key: string]: CompiledMessage | Tree };
type Text = { locale: Locale; messages: Partial<Record<keyof Messages, Tree>> };
const TextContext = createContext<Text | null>(null);

/** A nested provider adds its namespaces to the ones around it (a layout's and a page's). */
export function TextProvider({ locale, messages, children }: Text & { children: React.ReactNode }) {
  const outer = useContext(TextContext);
  return <TextContext.Provider value={{ locale, messages: { ...outer?.messages, ...messages } }}>{children}</TextContext.Provider>;
}

/** "a.b.c" for every message under T. */
type Keys<T, P extends string = "", D extends 0[] = []> = D["length"] extends 3 ? never
  : { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Keys<T[K], `${P}${K}.`, [...D, 0]> }[keyof T & string];
type Values = Record<string, string | number>;

const formatters = {
  getDateTimeFormat: (...a: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...a),
  getNumberFormat: (...a: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...a),
  getPluralRules: (...a: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...a),
};

/** The messages of one namespace (or one part of it) in the reader's language: t("key", { value }). */
export function useText<N extends keyof Messages>(namespace: N): (key: Keys<Messages[N]>, values?: Values) => string;
export function useText<N extends keyof Messages, S extends keyof Messages[N] & string>(namespace: N, part: S): (key: Keys<Messages[N][S]>, values?: Values) => string;
export function useText(namespace: keyof Messages, part?: string): (key: string, values?: Values) => string {
  const text = useContext(TextContext);
  return (key, values) => {
    let node: CompiledMessage | Tree | undefined = text?.messages[namespace];
    for (const step of (part ? `${part}.${key}` : key).split(".")) node = node && typeof node === "object" && !Array.isArray(node) ? (node as Tree)[step] : undefined;
    if (node === undefined) return `${namespace}.${part ? `${part}.` : ""}${key}`;
    return String(format(node as CompiledMessage, text!.locale, values, { formatters, timeZone: "Europe/Oslo" }));
  };
}

export function useTextLocale(): Locale {
  return useContext(TextContext)?.locale ?? "nb";
}
