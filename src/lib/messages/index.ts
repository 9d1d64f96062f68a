// User-facing Norwegian (bokmål) text that more than one place needs. Page-only text lives in the page.
import type { Role } from "@/domain/authorization";

export const roleLabel: Record<Role, string> = {
  STATSFORVALTER: "Statsforvalteren",
  FORUM_MEMBER: "Medlem av samarbeidsforumet",
  SKOLEUTVIKLER: "Skoleutvikler",
  OPPVEKSTFORUM_MEMBER: "Medlem av oppvekstforum",
  UH_PARTNER: "UH-partner",
  SKOLEEIER: "Skoleeier",
  SKOLELEDER: "Skoleleder",
  SYSTEM_ADMIN: "Systemadministrator",
};

export const groupRoleLabel = {
  SKOLEEIER: "Skoleeier",
  SKOLELEDER: "Skoleleder",
  HTV: "Hovedtillitsvalgt (HTV)",
  SKOLEUTVIKLER: "Skoleutvikler",
  PTV: "Plasstillitsvalgt (PTV)",
  RESSURSLAERER: "Ressurslærer",
  NETTVERKSDELTAKER: "Nettverksdeltaker",
} as const;

export const allocationStatusLabel = {
  DRAFT: "Utkast",
  APPROVED: "Godkjent",
  REJECTED: "Avvist",
  NEEDS_REAPPROVAL: "Endret – venter på ny godkjenning",
} as const;

export const allocationStatusColor = { DRAFT: "neutral", APPROVED: "success", REJECTED: "danger", NEEDS_REAPPROVAL: "warning" } as const;

export const coFinancingKindLabel = { PENGER: "Penger", LONN: "Lønn", FRIKJOP: "Frikjøp" } as const;

export const caseKindLabel = { ORDINAR: "Ordinær sak", PRINSIPIELL: "Prinsipiell sak", OKONOMISK: "Økonomisk sak" } as const;

export const decisionRuleLabel = {
  FLERTALL: "Vedtatt med flertall",
  LEDERS_DOBBELTSTEMME: "Vedtatt ved stemmelikhet med leders dobbeltstemme",
  ARBEIDSUTVALG: "Avgjort i arbeidsutvalget (ordinær sak)",
  STATSFORVALTERENS_AVGJORELSE: "Avgjort av Statsforvalteren fordi forumet ikke ble enig",
  KONSENSUS: "Vedtatt ved konsensus i forumet",
} as const;

export const signInError: Record<string, string> = {
  "ukjent-bruker":
    "Du er logget inn hos identitetsleverandøren, men er ikke registrert som bruker av DEKOM-portalen. Har du fått en invitasjon på e-post, åpne lenken i den. Ellers: kontakt Statsforvalteren for å få tilgang.",
  "ingen-rolle":
    "Brukeren din har ingen rolle i DEKOM-portalen ennå. Kontakt Statsforvalteren for å få tildelt en rolle.",
  "demo-av": "Demoinnlogging er slått av på denne installasjonen.",
  CredentialsSignin: "Innloggingen ble ikke godkjent. Velg en av demobrukerne i listen.",
  OAuthSignin: "Vi fikk ikke kontakt med identitetsleverandøren. Prøv igjen om litt, eller velg en annen innlogging.",
  OAuthCallback: "Svaret fra identitetsleverandøren kunne ikke godkjennes. Prøv å logge inn på nytt.",
  AccessDenied: "Du har ikke tilgang til DEKOM-portalen.",
  Default: "Innloggingen mislyktes. Prøv igjen.",
};

export const errors = {
  forbidden: "Du har ikke tilgang til å gjøre dette.",
  notSignedIn: "Du må logge inn for å gjøre dette.",
  staleVersion:
    "Noen andre har endret dette mens du hadde siden åpen. Vi har hentet den nyeste versjonen: se over og prøv igjen.",
  staleGroup:
    "Noen andre har endret gruppen mens du hadde den åpen. Vi har hentet den nyeste versjonen: se over og prøv igjen.",
  staleCase: "Noen andre har endret saken mens du hadde siden åpen. Vi har hentet den nyeste versjonen: se over og prøv igjen.",
  staleReport: "Noen andre har endret rapporten mens du hadde den åpen. Vi har hentet den nyeste versjonen: se over og prøv igjen.",
  staleAllocation:
    "Noen andre har endret tildelingen mens du hadde siden åpen. Vi har hentet den nyeste versjonen: se over og prøv igjen.",
  concurrentCreate: "Noen andre lagret det samme i samme øyeblikk. Last siden på nytt og se over før du prøver igjen.",
  notFound: "Fant ikke det du ba om. Den kan være slettet.",
  unexpected: "Noe gikk galt, og ingenting ble lagret. Prøv igjen, eller kontakt brukerstøtte hvis det gjentar seg.",
};

/** The page shown when a page cannot be made (the database is unreachable, or a fault in the portal). */
export const unavailable = {
  title: "Tjenesten er midlertidig utilgjengelig",
  body: "Portalen fikk ikke hentet det du ba om. Ingenting du har lagret, er tapt. Prøv igjen om litt; hvis feilen vedvarer, kontakt brukerstøtte hos Statsforvalteren.",
  retry: "Prøv igjen",
  tooLarge: "Forespørselen er for stor. Et vedlegg kan være på høyst 10 MB.",
  malformed: "Forespørselen kunne ikke leses. Last siden på nytt og prøv igjen.",
} as const;
