// Text of the county-structure pages and rules (bokmål).
export const structure = {
  regionExists: "Fylket har allerede en region med dette navnet.",
  regionCreated: (name: string) => `Kompetanseregion ${name} er opprettet.`,
};

/** Strategy periods: refusals and confirmations. */
export const periods = {
  endBeforeStart: "Sluttåret kan ikke være før startåret.",
  tooLong: (max: number) => `En strategiperiode kan vare i høyst ${max} år.`,
  overlap: (name: string, start: number, end: number) => `Årene overlapper med «${name}» (${start}–${end}). Hvert år kan bare høre til én periode.`,
  closed: "Perioden er avsluttet og kan ikke endres.",
  stale: "Noen andre har endret perioden mens du hadde den åpen. Se over endringene og prøv igjen.",
  areaInUse: (title: string) => `Satsingsområdet «${title}» brukes av tiltak i en regionplan eller i en behovsmelding og kan ikke fjernes. Gi det heller et nytt navn.`,
  noPeriodToCopy: "Fylket har ingen periode å starte fra ennå. Opprett den første perioden.",
  created: (name: string) => `${name} er opprettet.`,
  copied: (name: string) => `${name} er opprettet som kopi av forrige periode. Se over og rett det som skal endres.`,
  saved: (name: string) => `Endringene i ${name} er lagret.`,
  closedOk: (name: string) => `${name} er avsluttet.`,
};

/** County settings: refusals and confirmations. */
export const countySettings = {
  networkShare: "Nettverksandelen må være mellom 0 og 100 %.",
  noSuchDay: (day: number, month: number) => `${day}.${month}. finnes ikke hvert år. Velg en annen dag for rapportfristen.`,
  reminderEmpty: "Skriv minst én påminnelsesdag, for eksempel «30, 7, 1».",
  reminderTooMany: "Skriv høyst seks påminnelsesdager.",
  reminderRange: "Påminnelsesdagene må være hele tall fra 1 til 120.",
  reminderDuplicate: "Samme dag står to ganger.",
  stale: "Noen andre har endret innstillingene mens du hadde siden åpen. Se over og prøv igjen.",
  saved: (name: string) => `Innstillingene for ${name} er lagret. Tildelinger som alt er registrert, beholder nettverksandelen de ble registrert med.`,
};

/** Register import: refusals, row reasons and confirmations. */
export const registerImport = {
  fileMissing: "Velg filen du har lastet ned fra registeret.",
  tooLarge: (mb: number) => `Filen er for stor. Last opp høyst ${mb} MB; del opp uttrekket (for eksempel per kommune) hvis det er større.`,
  file: {
    "not-json": "Filen er ikke gyldig JSON. Last ned uttrekket på nytt fra registeret.",
    "wrong-shape": "Filen har ikke formen vi venter fra dette registeret. Sjekk at du har valgt riktig register.",
    empty: "Filen har ingen enheter.",
    "not-csv": "CSV-filen mangler kolonnene «organisasjonsnummer» og «navn» fra Enhetsregisteret.",
  } as Record<string, string>,
  row: {
    "bad-orgnr": "ugyldig organisasjonsnummer (9 sifre med riktig kontrollsiffer)",
    "no-name": "mangler navn",
    "no-owner": "mangler skoleeier (ForeldreRelasjoner med type 1)",
    "bad-owner-orgnr": "skoleeieren har ugyldig organisasjonsnummer",
    "not-a-school-owner": "er ikke en kommune eller fylkeskommune",
    duplicate: "står to ganger i filen",
    "other-region": "skoleeieren hører til en annen region",
  } as Record<string, string>,
  staleBatch: "Forhåndsvisningen er allerede importert eller erstattet. Last opp filen på nytt.",
  applied: (owners: number, schools: number) => `Importert: ${owners} skoleeiere og ${schools} skoler er lagt til eller oppdatert. Resten var uendret.`,
  nothingToDo: "Ingenting å importere: alt i filen er allerede slik det står i portalen.",
};

/** Regions, owners and schools edited by hand. */
export const units = {
  regionSaved: (name: string) => `Endringene i ${name} er lagret.`,
  ownerAdded: (name: string) => `${name} er lagt til.`,
  ownerExists: (region: string) => `Organisasjonsnummeret er allerede registrert på en skoleeier i ${region}. En skoleeier kan bare høre til én region.`,
  schoolAdded: (name: string) => `${name} er lagt til.`,
  schoolExists: "Skoleeieren har allerede en skole med dette navnet.",
  schoolOrgExists: "Organisasjonsnummeret er allerede registrert på en annen skole.",
};

/** Forums and their members. */
export const forums = {
  exists: "Forumet finnes allerede.",
  created: (name: string) => `${name} er opprettet.`,
  memberAdded: (name: string) => `${name} er lagt til.`,
  memberRemoved: (name: string) => `${name} er fjernet fra forumet.`,
  stale: "Noen andre har endret forumet mens du hadde siden åpen. Se over og prøv igjen.",
  rulesSaved: (name: string) => `Reglene for ${name} er lagret. Avstemninger som alt er åpnet, følger reglene de ble åpnet med.`,
  memberSaved: (name: string) => `Endringene for ${name} er lagret. Avstemninger som alt er åpnet, beholder stemmeretten og lederen de ble åpnet med.`,
  userOutsideCounty: "Brukeren har ingen rolle i fylket. Inviter personen først.",
  userHasSeat: (name: string) => `Brukeren har allerede plassen til ${name} i forumet.`,
  committeeExists: "Forumet har allerede et slikt arbeidsutvalg.",
  committeeCreated: (kind: "AUS" | "AUB") => `${committeeLabel[kind]} er opprettet.`,
  committeeNotForumMember: "Velg et medlem av forumet.",
  committeeAlreadyMember: (name: string) => `${name} er allerede med i arbeidsutvalget.`,
  committeeMemberAdded: (name: string, kind: "AUS" | "AUB") => `${name} er lagt til i ${committeeLabel[kind]}.`,
  committeeMemberRemoved: (name: string, kind: "AUS" | "AUB") => `${name} er tatt ut av ${committeeLabel[kind]}.`,
  memberHasVoted: (name: string) => `${name} har stemt i en avstemning og står i protokollen, så medlemmet kan ikke fjernes.`,
  seat: {
    "second-leader": "Forumet har allerede en leder. Gjør den andre til medlem først.",
    "second-deputy": "Forumet har allerede en nestleder. Gjør den andre til medlem først.",
    "municipality-required": "Velg kommunen representanten sitter for.",
    "municipality-not-allowed": "Bare kommunenes representanter sitter for en kommune.",
    "municipality-outside-region": "Kommunen hører ikke til regionen.",
    "governor-in-oppvekstforum": "Statsforvalteren sitter ikke i et oppvekstforum.",
  } as Record<string, string>,
};

export const memberKindLabel = {
  KOMMUNE: "Kommune", PPD: "PPD", HTV: "Tillitsvalgt (HTV/Utdanningsforbundet)", RKK: "Regionalt kompetansekontor", UH: "Universitet/høgskole",
  STATSFORVALTER: "Statsforvalteren", KS: "KS", REGION: "Kompetanseregion",
} as const;
export const positionLabel = { LEDER: "Leder", NESTLEDER: "Nestleder", MEDLEM: "Medlem" } as const;
export const committeeLabel = { AUS: "Arbeidsutvalg skole (AUS)", AUB: "Arbeidsutvalg barnehage (AUB)" } as const;
export const voteUnitLabel = { MUNICIPALITY: "Hver kommune har én stemme", MEMBER: "Hvert medlem med stemmerett stemmer" } as const;

/** Moving a school owner between regions from a strategy period on. */
export const memberships = {
  move: {
    "period-closed": "Perioden er avsluttet; regionene i den kan ikke endres.",
    "period-over": "Perioden er over; regionene i den er historikk og kan ikke endres.",
    "same-region": "Skoleeieren hører allerede til denne regionen i perioden.",
  },
  moved: (owner: string, region: string, period: string) => `${owner} hører til ${region} fra og med ${period}.`,
};

/** The public region page. */
export const regionText = {
  earlierGatherings: (n: number) => `${n} ${n === 1 ? "tidligere samling" : "tidligere samlinger"} er ikke vist her; årets og kommende står under.`,
  allGatherings: "Vis alle samlingene",
} as const;
