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
  areaInUse: (title: string) => `Satsingsområdet «${title}» brukes av tiltak i en regionplan og kan ikke fjernes. Gi det heller et nytt navn.`,
  noPeriodToCopy: "Fylket har ingen periode å starte fra ennå. Opprett den første perioden.",
  created: (name: string) => `${name} er opprettet.`,
  copied: (name: string) => `${name} er opprettet som kopi av forrige periode. Se over og rett det som skal endres.`,
  saved: (name: string) => `Endringene i ${name} er lagret.`,
  closedOk: (name: string) => `${name} er avsluttet.`,
};
