// The last-resort error page's sentences (app/global-error.tsx) in both written standards. That page has no layout
// and no catalogue (importing one would put it in every page's First Load JS), so these are the catalogues'
// "unavailable" title, body and retry, copied; src/i18n/catalogue.test.ts fails if they drift apart.
export const UNAVAILABLE = {
  nb: {
    title: "Tjenesten er midlertidig utilgjengelig",
    body: "Portalen fikk ikke hentet det du ba om. Ingenting du har lagret, er tapt. Prøv igjen om litt; hvis feilen vedvarer, kontakt brukerstøtte hos Statsforvalteren.",
    retry: "Prøv igjen",
  },
  nn: {
    title: "Tenesta er mellombels utilgjengeleg",
    body: "Portalen fekk ikkje henta det du bad om. Ingenting du har lagra, er tapt. Prøv igjen om litt; om feilen held fram, kontakt brukarstøtta hos Statsforvaltaren.",
    retry: "Prøv igjen",
  },
} as const;
