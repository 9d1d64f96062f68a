// Text of the innstilling (bokmål): its messages, and the document itself as headed blocks of lines, shared by the
// page and the PDF so both say the same.
import { formatNok } from "@/domain/money";
import type { Assembled } from "@/domain/recommendation";

export const recommendationText = {
  stale: "Innstillingen er endret av noen andre mens du hadde siden åpen. Se over den slik den er nå, og prøv igjen.",
  alreadyAdopted: "Innstillingen er allerede vedtatt og kan ikke endres.",
  assembled: (year: number) => `Innstillingen for ${year} er satt sammen av vedtatte planer, behovsmeldinger og tildelinger.`,
  textSaved: "Teksten er lagret.",
  commented: "Kommentaren er lagret.",
  caseNotForum: "Saken hører ikke til fylkets samarbeidsforum.",
  caseNotDecided: "Saken er ikke avgjort ennå. Innstillingen kan registreres som vedtatt når samarbeidsforumet har avgjort saken.",
  caseUsed: (year: number) => `Saken er allerede brukt til å vedta innstillingen for ${year}.`,
  adopted: (year: number, caseNumber: string) => `Innstillingen for ${year} er vedtatt i sak ${caseNumber} og publisert.`,
  // pages
  title: (year: number) => `Innstilling ${year}`,
  heading: (forum: string, year: number) => `${forum}: innstilling ${year}`,
  mySide: "Min side",
  statusDraft: "Utkast",
  statusAdopted: (caseNumber: string, date: string) => `Vedtatt i sak ${caseNumber} (${date})`,
  none: "Innstillingen for dette året er ikke satt sammen ennå.",
  assemble: "Sett sammen innstillingen",
  reassemble: "Sett sammen på nytt med dagens tall",
  assembleHelp: "Tallene hentes fra regionenes vedtatte planer, skoleeiernes innsendte behovsmeldinger og tildelingene. Teksten du har skrevet, beholdes.",
  assembledAt: (at: string) => `Satt sammen ${at}.`,
  textHeading: "Tekst",
  intro: "Innledning",
  noteFor: (region: string) => `Merknad til ${region}`,
  saveText: "Lagre teksten",
  commentsHeading: "Kommentarer fra forumet",
  noComments: "Ingen kommentarer ennå.",
  comment: "Ny kommentar",
  addComment: "Lagre kommentaren",
  adoptHeading: "Vedtak i samarbeidsforumet",
  adoptingCase: "Saken som vedtok innstillingen",
  adopt: "Registrer som vedtatt og publiser",
  noCases: "Samarbeidsforumet har ingen avgjorte saker ennå.",
  publicLink: "Den publiserte innstillingen",
  pdfLink: (year: number) => `Last ned innstillingen ${year} som PDF`,
  status: "Status",
  pdfNotFound: "Fant ikke en vedtatt innstilling for dette året.",
  publishedHeading: "Samarbeidsforumets innstillinger",
};

type Block = { heading: string; lines: string[]; table?: { head: string[]; rows: string[][] } };

/** The innstilling as headed blocks of lines: what the page shows and the PDF prints. */
export function recommendationBlocks(a: Assembled, text: { intro: string; notes: Record<string, string> }) {
  const nok = formatNok;
  const blocks: Block[] = [];
  blocks.push({
    heading: "Fordeling av midlene",
    lines: [`Til nettverkene: ${nok(a.totals.allocatedNetworkOre)} tildelt, ${nok(a.totals.plannedNetworkOre)} planlagt. Til UH: ${nok(a.totals.allocatedUhOre)} tildelt, ${nok(a.totals.plannedUhOre)} planlagt. Egenandel fra skoleeierne: ${nok(a.totals.coFinancingOre)}.`],
    table: {
      head: ["Region", "Tildelt nettverk", "Planlagt nettverk", "Tildelt UH", "Planlagt UH", "Egenandel"],
      rows: a.regions.map((r) => [r.name, r.allocation ? nok(r.allocation.networkOre) : "–", nok(r.planned.networkOre), r.allocation ? nok(r.allocation.uhOre) : "–", nok(r.planned.uhOre), nok(r.planned.coFinancingOre)]),
    },
  });
  for (const r of a.regions) {
    const lines: string[] = [];
    if (!r.planAdopted) lines.push("Regionen har ingen vedtatt plan for året.");
    if (!r.withinAllocation) lines.push(`Planlagte nettverksmidler (${nok(r.planned.networkOre)}) er mer enn tildelingen (${r.allocation ? nok(r.allocation.networkOre) : "ingen"}).`);
    if (r.partners.owners.length) lines.push(`Skoleeiere: ${r.partners.owners.join(", ")}.`);
    if (r.partners.uh.length) lines.push(`UH-partner: ${r.partners.uh.join(", ")}.`);
    for (const m of r.measures) {
      const years = m.startYear && m.endYear ? (m.startYear === m.endYear ? `${m.startYear}` : `${m.startYear}–${m.endYear}`) : "år ikke oppgitt";
      const criteria = m.schools ? ` Kriteriene for deltakelse: ${m.schoolsMeetingCriteria} av ${m.schools} skoler har bekreftet alle.` : "";
      const money = m.budget ? ` Midler: nettverk ${nok(m.budget.networkOre)}, UH ${nok(m.budget.uhOre)}, egenandel ${nok(m.budget.coFinancingOre)}.` : "";
      lines.push(`Tiltak ${m.goal}.${m.number}: ${m.title} (${years}). Deltakere: ${m.participants.join(", ") || "ikke oppgitt"}.${criteria}${money}`);
    }
    if (r.needs.length) lines.push(`Meldte behov: ${r.needs.map((n) => `${n.area} (${n.staff} ansatte, ${n.owners} skoleeiere)`).join("; ")}.`);
    if (text.notes[r.id]) lines.push(`Merknad: ${text.notes[r.id]}`);
    blocks.push({ heading: r.name, lines });
  }
  return { intro: text.intro ? text.intro.split(/\n+/) : [], blocks };
}
