// Text of the behovsmelding (bokmål).
import type { NeedsProblem } from "@/domain/needs";
import { formatDateTime } from "@/lib/format";

export const needsKindLabel = {
  NETTVERK: "Nettverk",
  SKOLEBASERT: "Skolebasert tiltak",
  KURS: "Kurs eller videreutdanning",
  VEILEDNING: "Veiledning",
  ANNET: "Annet",
} as const;

export function needsProblemText(p: NeedsProblem): string {
  switch (p.code) {
    case "deadline-passed": return `Fristen for behovsmeldingen gikk ut ${formatDateTime(p.deadline)}. Be Statsforvalteren om utsatt frist.`;
    case "already-submitted": return "Behovsmeldingen er sendt inn og kan ikke endres.";
    case "years-outside": return `Årene må ligge mellom ${p.from} og ${p.to}.`;
    case "years-reversed": return "Sluttåret kan ikke være før startåret.";
    case "no-lines": return "Legg inn minst ett behov før du sender inn.";
  }
}

export const needsText = {
  stale: "Behovsmeldingen er endret av noen andre mens du hadde siden åpen. Se over den slik den er nå, og prøv igjen.",
  unknownArea: "Velg et satsingsområde fra listen.",
  lineSaved: "Behovet er lagret.",
  lineRemoved: "Behovet er fjernet.",
  submitted: (owner: string, year: number) => `Behovsmeldingen ${year} for ${owner} er sendt inn.`,
  extended: (owner: string, date: string) => `${owner} har fått utsatt frist for behovsmeldingen til ${date}.`,
  extensionBeforeDeadline: "Den nye fristen må være etter den ordinære fristen og ikke ha passert.",
  // page
  title: "Behovsmelding",
  heading: (county: string, year: number) => `Behovsmelding ${year}: ${county}`,
  mySide: "Min side",
  intro: (from: number, to: number, deadline: string) => `Skoleeierne melder sine behov for kompetanseutvikling for ${from}–${to}. Fristen er ${deadline}.`,
  ownerHeading: (owner: string) => `Behovsmelding fra ${owner}`,
  status: "Status",
  draft: "Ikke sendt inn",
  sentAt: (at: string, by: string) => `Sendt inn ${at} av ${by}`,
  deadline: "Frist",
  linesCaption: (owner: string) => `Behov meldt av ${owner}`,
  area: "Satsingsområde",
  targetGroup: "Målgruppe",
  staff: "Antall ansatte",
  kind: "Type tiltak",
  uh: "I samarbeid med UH",
  years: "År",
  fromYear: "Fra år",
  toYear: "Til og med år",
  noLines: "Ingen behov er lagt inn ennå.",
  addLine: "Legg til behovet",
  addHeading: "Legg inn et behov",
  remove: "Fjern",
  removeQuestion: (area: string) => `Fjerne behovet for ${area}?`,
  removeConfirm: "Ja, fjern",
  submit: "Send inn behovsmeldingen",
  submitQuestion: "Sende inn behovsmeldingen? Den kan ikke endres etterpå.",
  submitConfirm: "Ja, send inn",
  summaryHeading: "Oppsummering",
  summaryIntro: "Bare innsendte behovsmeldinger er med.",
  byRegionCaption: (year: number) => `Behov per region ${year}`,
  region: "Region",
  ownersSubmitted: "Skoleeiere som har sendt inn",
  staffInNeed: "Ansatte med behov",
  byAreaCaption: (year: number) => `Behov per satsingsområde ${year}`,
  ownersNaming: "Skoleeiere som melder behovet",
  chartLabel: (year: number) => `Diagram: ansatte med behov per satsingsområde ${year}. Tallene står i tabellen ved siden av.`,
  extensionHeading: "Utsatt frist for en skoleeier",
  owner: "Skoleeier",
  until: "Ny frist",
  reason: "Begrunnelse",
  grant: "Gi utsatt frist",
  rounds: "Andre år",
};

export const needsReminderText = (owner: string, year: number, deadline: string, daysBefore: number, url: string, county: string) => ({
  subject: `Påminnelse: behovsmeldingen ${year} for ${owner} skal sendes inn innen ${deadline}`,
  text: `Hei!\n\nBehovsmeldingen for ${owner} (kompetansebehov for ${year}–${year + 2}) er ikke sendt inn ennå. Fristen er ${deadline} kl. 23.59 (${daysBefore === 1 ? "i morgen" : `om ${daysBefore} dager`}).\n\nMeld behovene her: ${url}\n\nHilsen DEKOM-portalen, ${county}`,
});
