// The schemes (ordninger) by code, and the text of their rules (bokmål). A scheme's name is looked up here by
// the Scheme row's code; a code without an entry falls back to the code in capitals.
import type { SchemeProblem } from "@/domain/schemes";

const names: Record<string, { short: string; long: string }> = {
  dekom: { short: "DEKOM", long: "Desentralisert ordning for kompetanseutvikling i skolen (DEKOM)" },
  rekom: { short: "REKOM", long: "Regional ordning for kompetanseutvikling i barnehagen (REKOM)" },
  kompetanseloftet: { short: "Kompetanseløftet", long: "Kompetanseløftet for spesialpedagogikk og inkluderende praksis" },
};

export const schemeName = (code: string) => names[code]?.short ?? code.toUpperCase();
export const schemeLongName = (code: string) => names[code]?.long ?? code.toUpperCase();

export const schemeText = {
  label: "Ordning",
  all: "Alle ordninger",
  choose: "Velg ordning",
  navLabel: "Ordninger",
  countySchemesTitle: "Ordninger fylket forvalter",
  countySchemesHelp: "Tilskuddsordningene i forskrift om tilskudd til kompetanseutvikling (FOR-2021-01-26-230) som Statsforvalteren forvalter her. Tildelinger, nøkler, planer, rapporter og saker hører alltid til én av dem.",
  forumSchemesTitle: "Ordninger forumet er styringsgruppe for",
  forumSchemesHelp: "Saker i forumets møter hører til én av disse ordningene.",
  save: "Lagre ordningene",
  tick: "Kryss av for hver ordning som gjelder",
  caseSchemeHelp: "Hvilken ordnings midler eller arbeid saken gjelder. Summer og vedtak holdes adskilt per ordning.",
  forumServes: (names: string[]) => `Forumet er styringsgruppe for ${names.join(" og ")}. Hver sak hører til én ordning.`,
  saved: (name: string) => `Ordningene for ${name} er lagret.`,
  perScheme: "Summene gjelder én ordning om gangen; midler fra ulike ordninger legges aldri sammen.",
  totalFor: (code: string) => `Sum ${schemeName(code)}`,
  stale: "Noen andre har endret ordningene mens du hadde siden åpen. Se over og prøv igjen.",
  problem: (p: SchemeProblem): string => {
    switch (p.code) {
      case "unknown-scheme": return `Ordningen «${p.value}» finnes ikke her. Velg en av ordningene i listen.`;
      case "scheme-not-run": return `Fylket forvalter ikke ${schemeName(p.scheme)}. Statsforvalteren kan slå den på under fylkets ordninger.`;
      case "no-scheme": return "Velg hvilken ordning dette gjelder.";
      case "scheme-not-served": return `Forumet er ikke styringsgruppe for ${schemeName(p.scheme)}. Velg en av forumets ordninger.`;
      case "scheme-in-use": return `${schemeName(p.scheme)} kan ikke tas bort: ${p.rows} tildelinger, nøkler, planer, rapporter eller saker hører til den.`;
      case "case-other-scheme": return `Saken gjelder ${schemeName(p.caseScheme)}, men dette gjelder ${schemeName(p.documentScheme)}. Velg en sak om ${schemeName(p.documentScheme)}.`;
    }
  },
};
