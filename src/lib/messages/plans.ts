// Text of the region plan (bokmål): its pages, its refusals, and the differences between its versions.
import type { BudgetProblem, MeasureField, MeasureProblem, PlanChange } from "@/domain/plan";
import { formatNok } from "@/domain/money";

export const planStatusLabel = { DRAFT: "Utkast", ADOPTED: "Vedtatt" } as const;

const fieldLabel: Record<MeasureField, string> = {
  title: "tittel", responsible: "ansvarlig", uhPartner: "UH-partner", years: "år", network: "nettverk",
  schools: "skoler", priorityAreas: "satsingsområder", budget: "budsjett",
};

export const planText = {
  stale: "Planen er endret av noen andre mens du hadde siden åpen. Se over planen slik den er nå, og lagre på nytt.",
  noPeriod: "Fylket har ingen strategiperiode ennå. Statsforvalteren oppretter perioden før regionen kan lage en plan.",
  goalSaved: (n: number) => `Mål ${n} er lagret.`,
  goalRemoved: (n: number) => `Mål ${n} er fjernet.`,
  goalHasMeasures: (n: number) => `Mål ${n} har tiltak. Fjern eller flytt tiltakene først.`,
  measureSaved: (goal: number, n: number) => `Tiltak ${goal}.${n} er lagret.`,
  measureRemoved: (goal: number, n: number) => `Tiltak ${goal}.${n} er fjernet.`,
  measureInUse: (goal: number, n: number) => `Tiltak ${goal}.${n} er med i en evaluering og kan ikke fjernes. Endre det i stedet.`,
  unknownChoice: "Et av valgene hører ikke til regionen eller perioden. Last siden på nytt og prøv igjen.",
  adopted: (caseNumber: string) => `Planen er registrert som vedtatt i sak ${caseNumber}.`,
  alreadyAdopted: "Planen er allerede vedtatt. Endringer etter vedtaket lagres som nye versjoner.",
  caseNotDecided: "Saken er ikke avgjort ennå. Planen kan registreres som vedtatt når oppvekstforumet har avgjort saken.",
  caseNotRegion: "Saken hører ikke til regionens oppvekstforum.",
  measureInvalid: "Tiltaket har feil. Rett feltene som er markert.",
  overBudgetSummary: "Planen går over tildelingen. Rett budsjettet.",
};

export function budgetProblemText(p: BudgetProblem): string {
  return p.code === "over-allocation"
    ? `Planlagte nettverksmidler for ${p.year} blir ${formatNok(p.plannedOre)}, men regionens tildeling er ${formatNok(p.allocatedOre)}: ${formatNok(p.plannedOre - p.allocatedOre)} for mye.`
    : `Det er ikke foreslått eller godkjent noen tildeling til regionen for ${p.year}, så det kan ikke planlegges nettverksmidler det året (planlagt: ${formatNok(p.plannedOre)}).`;
}

/** The field of the measure form a problem belongs to. */
export function measureProblemField(p: MeasureProblem): string {
  switch (p.code) {
    case "no-priority-area": return "priorityAreaIds";
    case "no-target": return "networkId";
    case "years-reversed": case "years-outside-period": return "endYear";
    case "budget-outside-years": return `net_${p.year}`;
  }
}

export function measureProblemText(p: MeasureProblem): string {
  switch (p.code) {
    case "no-priority-area": return "Velg minst ett satsingsområde tiltaket hører til.";
    case "no-target": return "Velg et nettverk eller minst én skole som tiltaket gjelder.";
    case "years-reversed": return `Sluttåret (${p.endYear}) kan ikke være før startåret (${p.startYear}).`;
    case "years-outside-period": return `Tiltaket må ligge i strategiperioden ${p.periodStart}–${p.periodEnd}.`;
    case "budget-outside-years": return `${p.year} er utenfor årene tiltaket går (${p.startYear}–${p.endYear}). Sett beløpene for ${p.year} til 0 eller utvid årene.`;
  }
}

export function planChangeText(c: PlanChange): string {
  switch (c.code) {
    case "goal-added": return `Nytt mål ${c.goal}: ${c.title}`;
    case "goal-removed": return `Mål ${c.goal} fjernet: ${c.title}`;
    case "goal-renamed": return `Mål ${c.goal} endret fra «${c.before}» til «${c.after}»`;
    case "measure-added": return `Nytt tiltak ${c.goal}.${c.measure}: ${c.title}`;
    case "measure-removed": return `Tiltak ${c.goal}.${c.measure} fjernet: ${c.title}`;
    case "measure-changed": return `Tiltak ${c.goal}.${c.measure} (${c.title}) endret: ${c.fields.map((f) => fieldLabel[f]).join(", ")}`;
  }
}

/** The plan page's labels and buttons. */
export const planFormText = {
  title: "Tiltak",
  responsible: "Ansvarlig",
  uhPartner: "UH-partner",
  startYear: "Fra år",
  endYear: "Til og med år",
  priorityAreas: "Satsingsområder",
  regionArea: "(regionens)",
  replacedArea: "(regionens, erstattet ved et senere vedtak)",
  target: "Nettverk eller skoler",
  network_: "Nettverk",
  targetHelp: "Velg nettverket tiltaket hører til, eller skolene det gjelder nedenfor.",
  noNetwork: "Ikke et nettverk (skolebasert)",
  schools: "Skoler tiltaket gjelder",
  showSchools: "Vis skolene i regionen",
  budgetCaption: "Budsjett per år (kr)",
  budgetHelp: "Nettverksmidler er regionens del av statens tilskudd; summen for et år kan ikke bli større enn regionens tildeling. Tomt felt er 0.",
  year: "År",
  network: "Nettverksmidler",
  uh: "UH-midler",
  coFinancing: "Egenandel",
  saving: "Lagrer …",
  saveMeasure: "Lagre tiltaket",
  addMeasure: "Legg til tiltaket",
  removeMeasure: "Fjern tiltaket",
  removeMeasureQuestion: (label: string) => `Fjerne ${label}?`,
  removeConfirm: "Ja, fjern",
  goal: "Mål",
  goalNumbered: (n: number) => `Mål ${n}`,
  newGoal: "Nytt mål",
  saveGoal: "Lagre målet",
  addGoal: "Legg til målet",
  removeGoal: "Fjern målet",
  removeGoalQuestion: (label: string) => `Fjerne ${label}?`,
  adoptingCase: "Saken i oppvekstforumet som vedtok planen",
  adopt: "Registrer planen som vedtatt",
  noDecidedCases: "Oppvekstforumet har ingen avgjorte saker ennå. Når forumet har vedtatt planen i en sak, kan vedtaket registreres her.",
};

/** The plan page's headings and explanations. */
export const planPageText = {
  metaTitle: "Regionens plan",
  mySide: "Min side",
  crumb: (region: string) => `Plan for ${region}`,
  heading: (region: string, period: string) => `Plan for ${region}: ${period}`,
  noPeriod: planText.noPeriod,
  status: "Status",
  notStarted: "Ikke påbegynt",
  adoptedIn: (caseNumber: string, date: string) => `i sak ${caseNumber} (${date})`,
  meeting: "møtet",
  periodsNav: "Strategiperioder",
  publicLink: "Slik ser alle planen (offentlig side)",
  overHeading: "Planen går over tildelingen",
  overHelp: "Ingenting er slettet. Senk budsjettet for tiltakene dette gjelder, eller be Statsforvalteren om å se på tildelingen.",
  overviewCaption: "Budsjett per år: tildelt og planlagt",
  year: "År",
  allocated: "Tildelt til nettverk",
  plannedNetwork: "Planlagt nettverk",
  left: "Ikke planlagt",
  plannedUh: "Planlagt UH",
  plannedCoFinancing: "Planlagt egenandel",
  noAllocation: "Ingen tildeling",
  goalsHeading: "Mål og tiltak",
  empty: "Planen har ingen mål ennå.",
  emptyEditor: "Planen har ingen mål ennå. Begynn med å legge til det første målet nederst.",
  goal: (n: number) => `Mål ${n}`,
  editGoal: (n: number) => `Endre eller fjern mål ${n}`,
  measure: (goal: number, n: number) => `Tiltak ${goal}.${n}`,
  editMeasure: (label: string) => `Endre ${label.toLowerCase()}`,
  addMeasureUnder: (n: number) => `Legg til tiltak under mål ${n}`,
  addGoalHeading: "Legg til et mål",
  years: "År",
  areas: "Satsingsområder",
  target: "Nettverk og skoler",
  responsible: "Ansvarlig",
  uhPartner: "UH-partner",
  notGiven: "Ikke oppgitt",
  budgetOf: (label: string) => `Budsjett for ${label.toLowerCase()}`,
  network: "Nettverksmidler",
  uh: "UH-midler",
  coFinancing: "Egenandel",
  ownersHeading: "Egenandel per skoleeier",
  ownersIntro: "Hver skoleeier skal bidra med 30 % av statsmidlene den får. Et tiltaks nettverksmidler fordeles likt mellom skoleeierne som har skoler med i tiltaket (skolene som er valgt, ellers nettverkets skoler).",
  ownersCaption: (year: number) => `Egenandel per skoleeier ${year}`,
  owner: "Skoleeier",
  stateMoney: "Statsmidler i planen",
  required: "Påkrevd egenandel (30 %)",
  unknownOwner: "Skoleeier i en annen region",
  adoptHeading: "Vedtak i oppvekstforumet",
  adoptIntro: "Planen vedtas i en sak i regionens oppvekstforum. Når saken er avgjort, registrerer du vedtaket her. Endringer etter vedtaket lagres som nye versjoner, med forskjellene synlige.",
  revisionsHeading: "Versjoner etter vedtaket",
  revision: (n: number) => `Versjon ${n}`,
  firstRevision: "Planen slik den ble vedtatt.",
  noVisibleChange: "Ingen endring i mål eller tiltak.",
};

/** The adopted plan on the region's public page. */
export const publicPlanText = {
  heading: "Mål og tiltak",
  otherPlans: "Vedtatte planer for andre strategiperioder",
  adoptedIn: (caseNumber: string, date: string) => `Vedtatt i oppvekstforumet, sak ${caseNumber} (${date})`,
  adoptedBefore: "Vedtatt før planen ble lagt inn i portalen.",
  minutes: "protokoll",
  goal: (n: number) => `Mål ${n}`,
  measure: (n: number) => `Tiltak ${n}`,
  network: "nettverk",
  areas: "Satsingsområder",
  budgetCaption: (period: string) => `Planlagte midler per år, ${period}`,
  year: "År",
  networkMoney: "Nettverksmidler",
  uh: "UH-midler",
  coFinancing: "Egenandel",
};
