// Text of starting a yearly report (bokmål).
export const startReport = {
  noPeriod: (year: number) => `Ingen strategiperiode dekker ${year}, så det finnes ingen rapport å skrive for det året.`,
  future: (year: number) => `Rapporten for ${year} kan startes fra 1. januar ${year}.`,
  started: (year: number) => `Rapporten for ${year} er startet. Det du skriver, lagres automatisk.`,
};

/** The deadline notice at the top of a report and on the start page (codes from domain/deadline.ts). */
export const deadlineNoticeText = {
  OVERDUE: {
    writer: (deadline: string) =>
      `Fristen gikk ut ${deadline}, og rapporten er ikke levert. Den kan ikke leveres uten utsatt frist: be Statsforvalteren om utsettelse. Du kan skrive videre i mellomtiden; alt lagres.`,
    reviewer: (deadline: string) => `Fristen gikk ut ${deadline}, og rapporten er ikke levert. Du kan gi regionen utsatt frist under.`,
    reader: (deadline: string) => `Fristen gikk ut ${deadline}, og rapporten er ikke levert.`,
    short: "Fristen er ute – be Statsforvalteren om utsatt frist",
  },
  DUE_SOON: {
    text: (deadline: string, days: number) => `Fristen er ${deadline} kl. 23.59, ${days === 0 ? "i dag" : days === 1 ? "i morgen" : `om ${days} dager`}.`,
    short: (days: number) => (days === 0 ? "fristen er i dag" : `${days} ${days === 1 ? "dag" : "dager"} til fristen`),
  },
};

/** The forum's yearly conclusion on the evaluations (domain.md: whether the strategy is to be adjusted). */
export const conclusionText = {
  heading: (year: number) => `Samarbeidsforumets konklusjon etter evalueringene for ${year}`,
  decision: (adjust: boolean) => (adjust ? "Strategien skal justeres." : "Strategien videreføres uten justering."),
  none: (year: number) => `Samarbeidsforumet har ikke registrert sin konklusjon for ${year} ennå.`,
};

/** Who the deadline reminders reach (server/evaluations/reminders.ts). */
export const reminderText = {
  noWriter: (regions: string[]) =>
    `${regions.length === 1 ? "Denne regionen har" : `Disse ${regions.length} regionene har`} ingen skoleutvikler i portalen: ${regions.join(", ")}. Påminnelsene om fristen går derfor til Statsforvalteren. Inviter en skoleutvikler under Tilgang.`,
};
