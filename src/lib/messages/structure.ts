// Text of the county-structure pages and rules (bokmål).
export const structure = {
  regionExists: "Fylket har allerede en region med dette navnet.",
  regionCreated: (name: string) => `Kompetanseregion ${name} er opprettet.`,
};
