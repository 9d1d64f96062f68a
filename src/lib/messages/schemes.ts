// The schemes (ordninger) by code, and the text of their rules, in the language of the request (the catalogue's
// "schemes" keys). A scheme's name is looked up by the Scheme row's code; a code without an entry falls back to the
// code in capitals.
import type { SchemeProblem } from "@/domain/schemes";
import { catalogues } from "@/i18n/catalogue";
import { msg, msgIn } from "@/i18n/server-text";
import type { Locale } from "@/i18n/config";

type Known = keyof (typeof catalogues)["nb"]["schemes"]["short"];
const known = (code: string): code is Known => Object.hasOwn(catalogues.nb.schemes.short, code);

export const schemeName = (code: string) => (known(code) ? msg(`schemes.short.${code}`) : code.toUpperCase());
export const schemeLongName = (code: string) => (known(code) ? msg(`schemes.long.${code}`) : code.toUpperCase());
/** The names in a given written standard (a decision's document is in its body's, not the reader's). */
export const schemeNameIn = (locale: Locale, code: string) => (known(code) ? msgIn(locale)(`schemes.short.${code}`) : code.toUpperCase());
export const schemeLongNameIn = (locale: Locale, code: string) => (known(code) ? msgIn(locale)(`schemes.long.${code}`) : code.toUpperCase());

export const schemeText = {
  get countySchemesTitle() { return msg("schemes.countySchemesTitle"); },
  get countySchemesHelp() { return msg("schemes.countySchemesHelp"); },
  get forumSchemesTitle() { return msg("schemes.forumSchemesTitle"); },
  get forumSchemesHelp() { return msg("schemes.forumSchemesHelp"); },
  get save() { return msg("schemes.save"); },
  get tick() { return msg("schemes.tick"); },
  saved: (name: string) => msg("schemes.saved", { name }),
  get stale() { return msg("schemes.stale"); },
  problem: (p: SchemeProblem): string => {
    switch (p.code) {
      case "unknown-scheme": return msg("schemes.problem.unknownScheme", { value: p.value });
      case "scheme-not-run": return msg("schemes.problem.notRun", { scheme: schemeName(p.scheme) });
      case "no-scheme": return msg("schemes.problem.noScheme");
      case "scheme-not-served": return msg("schemes.problem.notServed", { scheme: schemeName(p.scheme) });
      case "scheme-in-use": return msg("schemes.problem.inUse", { scheme: schemeName(p.scheme), rows: p.rows });
      case "case-other-scheme": return msg("schemes.problem.caseOtherScheme", { caseScheme: schemeName(p.caseScheme), documentScheme: schemeName(p.documentScheme) });
    }
  },
};
