// The catalogues are complete: the same keys in bokmål and nynorsk, every message a non-empty ICU message
// that parses, and the same arguments and tags in both (a message that drops {year} in nynorsk fails here).
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import nb from "./messages/nb.json";
import nn from "./messages/nn.json";
import { UNAVAILABLE } from "./unavailable";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));

/** The argument names and tag names a message uses. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) { names.add(`<${el.value}>`); walk(el.children); }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe("the message catalogues", () => {
  const nbLeaves = new Map(leaves(nb as Tree));
  const nnLeaves = new Map(leaves(nn as Tree));

  it("have the same keys in bokmål and nynorsk", () => {
    expect([...nnLeaves.keys()].filter((k) => !nbLeaves.has(k))).toEqual([]);
    expect([...nbLeaves.keys()].filter((k) => !nnLeaves.has(k))).toEqual([]);
    expect(nbLeaves.size).toBeGreaterThan(200);
  });

  it("have a non-empty message that parses for every key, with the same arguments in both", () => {
    const wrong: string[] = [];
    for (const [key, text] of nbLeaves) {
      const other = nnLeaves.get(key) ?? "";
      if (!text.trim() || !other.trim()) { wrong.push(`${key}: empty`); continue; }
      try {
        const a = argumentsOf(text);
        const b = argumentsOf(other);
        if (a.join() !== b.join()) wrong.push(`${key}: nb has ${a.join(", ") || "none"}, nn has ${b.join(", ") || "none"}`);
      } catch (error) {
        wrong.push(`${key}: ${String(error)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("are translated: nynorsk differs from bokmål except for names, numbers and words the two share", () => {
    const same = [...nbLeaves].filter(([key, text]) => nnLeaves.get(key) === text && /[a-zæøå]{3,} [a-zæøå]{3,} [a-zæøå]{3,}/i.test(text)).map(([key]) => key);
    // Multi-word messages written identically in both are rare; list them so a copy-paste shows up.
    expect(same).toEqual(SAME_IN_BOTH);
  });

  it("hold the last-resort error page's sentences as src/i18n/unavailable.ts copies them", () => {
    for (const [locale, tree] of [["nb", nb], ["nn", nn]] as const) {
      const { title, body, retry } = tree.unavailable;
      expect(UNAVAILABLE[locale]).toEqual({ title, body, retry });
    }
  });
});

/** Messages of three or more words that are the same in bokmål and nynorsk, checked by hand. */
const SAME_IN_BOTH: string[] = [
  "zod.badFormat", // "Verdien har feil format."
  "evaluation.countyHeading", // "{county}: status per region og år"
  "evaluation.print", // "Skriv ut eller lagre som PDF"
  "evaluation.reportStatus.RETURNED", // "Sendt tilbake for retting"
  "evaluation.start.button", // "Start rapporten for {year}"
  "evaluation.reviewForms.returnLabel", // "Send tilbake med kommentar"
  "signIn.withProvider", // "Logg inn med {provider}"
  "county.publicView", // "Det publikum ser"
  "minutes.pdf", // "Last ned protokollen som PDF"
  "voting.zod.listMax", // "For mange medlemmer."
  "kindergartens.add", // "Legg til barnehage"
  "archiveDoc.uh", // "Til samarbeid med UH: {amount}"
  "allocations.server.noPeriodField", // "Ingen strategiperiode for året."
  "allocations.zod.letterRef", // "referansen til tildelingsbrevet"
  "allocationForms.receivedOn", // "Dato for tildelingsbrevet"
  "allocationForms.letterRef", // "Referanse til tildelingsbrevet"
  "allocationForms.agreedOn", // "Dato for avtalen"
  "allocationForms.agreementRef", // "Vedtak eller saksnummer"
  "allocationForms.reference", // "Bilag eller referanse"
  "plans.page.allocated", // "Tildelt til nettverk"
  "plans.page.editGoal", // "Endre eller fjern mål {n}"
  "plans.page.addMeasureUnder", // "Legg til tiltak under mål {n}"
  "plans.zod.tooManyYears", // "For mange budsjettår."
  "planForm.addMeasure", // "Legg til tiltaket"
  "planForm.addGoal", // "Legg til målet"
  "needs.addLine", // "Legg til behovet"
  "needs.removeQuestion", // "Fjerne behovet for {area}?"
  "needsForms.addLine", // "Legg til behovet"
  "profile.historyHeading", // "Historikk for rollene mine"
  "archiveForms.packageLink", // "Last ned pakken"
  "archive.packageHeading", // "Pakke til arkivet"
  "schemes.long.rekom", // "Regional ordning for kompetanseutvikling i barnehagen (REKOM)"
  "access.server.forumName", // "Samarbeidsforum for kompetanseutvikling i {county}"
  "access.mail.subject", // "Invitasjon til DEKOM-portalen"
  "groupPage.addHeading", // "Legg til medlem"
  "structureZod.orgCheck", // "Organisasjonsnummeret har feil kontrollsiffer."
  "setup.createOppvekstforum", // "Opprett oppvekstforum for {region}"
  "setup.checklist.noPeriodAction", // "Opprett eller start neste periode"
  "setup.checklist.noKey", // "{period} har ingen fordelingsnøkkel."
  "setupForms.addMember", // "Legg til medlem"
  "setupForms.settings.needsDeadlineDay", // "Frist for behovsmelding, dag"
  "setupRegion.orAddBelow", // "eller legg til under."
  "setupPeriods.nextHeading", // "Start neste periode"
  "periodForm.purposes", // "Strategien skal bidra til"
];
