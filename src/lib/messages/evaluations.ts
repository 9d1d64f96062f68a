// Text of starting a yearly report (bokmål).
export const startReport = {
  noPeriod: (year: number) => `Ingen strategiperiode dekker ${year}, så det finnes ingen rapport å skrive for det året.`,
  future: (year: number) => `Rapporten for ${year} kan startes fra 1. januar ${year}.`,
  started: (year: number) => `Rapporten for ${year} er startet. Det du skriver, lagres automatisk.`,
};
