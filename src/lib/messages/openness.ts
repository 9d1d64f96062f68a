// Text of openness: holding a final document back from the public pages, and what the public then sees (bokmål).
export const kindLabel = { EVALUATION: "Evaluering", PLAN: "Regionplan", RECOMMENDATION: "Innstilling" } as const;

export const opennessText = {
  notFinal: "Dokumentet er ikke endelig ennå, og er derfor ikke offentlig.",
  alreadyWithheld: "Dokumentet er allerede holdt tilbake.",
  notWithheld: "Dokumentet er ikke holdt tilbake.",
  withheld: (title: string) => `${title} er holdt tilbake fra de offentlige sidene.`,
  released: (title: string) => `${title} er offentlig igjen.`,
  publicNotice: (reason: string) => `Dokumentet er unntatt offentlighet: ${reason}`,
  // page
  title: "Offentlighet",
  heading: (county: string) => `Offentlighet: ${county}`,
  intro: "Godkjente evalueringer, vedtatte regionplaner og vedtatte innstillinger er offentlige. Et dokument kan holdes tilbake med en begrunnelse, for eksempel hjemmelen i offentleglova; begrunnelsen vises på den offentlige siden.",
  caption: "Endelige dokumenter",
  document: "Dokument",
  state: "Offentlig",
  yes: "Ja",
  no: (reason: string) => `Nei: ${reason}`,
  reason: "Begrunnelse",
  withhold: "Hold tilbake",
  release: "Gjør offentlig igjen",
  none: "Fylket har ingen endelige dokumenter ennå.",
  link: "Offentlighet: hvilke dokumenter som er offentlige",
  evaluationTitle: (region: string, year: number) => `Evaluering ${year}: ${region}`,
  planTitle: (region: string, period: string) => `Regionplan ${region}: ${period}`,
  recommendationTitle: (year: number) => `Innstilling ${year}`,
  publicEvaluations: "Godkjente evalueringer",
};
