// Text of the people-and-access pages and rules (bokmål). Domain rules return codes; these turn them into words.
import type { DeactivateProblem, GrantShapeProblem, Level } from "@/domain/authorization";

export const levelLabel: Record<Level, string> = {
  installation: "Hele installasjonen",
  county: "Fylke",
  region: "Kompetanseregion",
  owner: "Skoleeier",
  school: "Skole",
};

export const grantShapeMessage: Record<GrantShapeProblem, string> = {
  "scope-missing": "Velg hvor rollen gjelder (fylke, region, skoleeier eller skole).",
  "scope-wrong-level": "Rollen passer ikke til det valgte ansvarsområdet. Velg et ansvarsområde på riktig nivå.",
};

export const deactivateMessage: Record<DeactivateProblem, string> = {
  self: "Du kan ikke deaktivere deg selv. Be en annen med tilgang om å gjøre det.",
  "not-yours": "Brukeren har roller utenfor ditt ansvarsområde, så du kan ikke deaktivere brukeren. Ta bort rollene du har ansvar for i stedet.",
};

export const access = {
  // rules and refusals
  notAllowedToGive: "Du kan ikke gi denne rollen her: den ligger over eller utenfor ditt eget ansvarsområde.",
  notAllowedToTake: "Du kan ikke ta bort denne rollen: den ligger over eller utenfor ditt eget ansvarsområde.",
  lastGovernor: (county: string) => `Du kan ikke ta bort den siste Statsforvalteren i ${county}. Gi rollen til en annen først.`,
  scopeNotFound: "Ansvarsområdet finnes ikke. Last siden på nytt og velg på nytt.",
  scopeOutsideCounty: "Ansvarsområdet hører til et annet fylke enn det du inviterer til.",
  roleAlreadyHeld: "Brukeren har allerede denne rollen her.",
  userNotFound: "Fant ikke brukeren. Den kan være fjernet.",
  userDeactivated: "Brukeren er deaktivert. Aktiver brukeren før du gir nye roller.",
  invitationToDeactivated: "Det finnes en deaktivert bruker med denne e-postadressen. Aktiver brukeren i stedet for å invitere på nytt.",
  duplicateInvitation: "Det finnes allerede en aktiv invitasjon til denne e-postadressen. Send den på nytt, eller trekk den tilbake først.",
  noRoles: "Velg minst én rolle med ansvarsområde.",
  invitationClosed: "Invitasjonen er allerede tatt i bruk eller trukket tilbake.",
  invitationChanged: "Noen andre har endret invitasjonen mens du hadde siden åpen. Se over og prøv igjen.",
  mailFailed: "E-posten med invitasjonen kunne ikke sendes, så invitasjonen er ikke lagret. Prøv igjen om litt.",
  alreadyDeactivated: "Brukeren er allerede deaktivert.",
  notDeactivated: "Brukeren er ikke deaktivert.",
  // confirmations
  invited: (name: string, email: string) => `Invitasjonen til ${name} er sendt til ${email}.`,
  invitedNoMail: (name: string) => `Invitasjonen til ${name} er laget. E-post er ikke satt opp på denne installasjonen: send lenken under til personen selv. Den vises bare nå.`,
  resent: (email: string) => `Invitasjonen er sendt på nytt til ${email}. Den gamle lenken virker ikke lenger.`,
  resentNoMail: "Invitasjonen har fått en ny lenke. Send den til personen selv; den vises bare nå.",
  withdrawn: (name: string) => `Invitasjonen til ${name} er trukket tilbake. Lenken virker ikke lenger.`,
  granted: (role: string, name: string) => `${name} har fått rollen ${role}.`,
  revoked: (role: string, name: string) => `Rollen ${role} er tatt bort fra ${name}. Det gjelder fra neste side brukeren åpner.`,
  deactivated: (name: string) => `${name} er deaktivert og logget ut. Navnet står fortsatt i endringslogg og protokoller.`,
  reactivated: (name: string) => `${name} er aktivert igjen.`,
  countyCreated: (name: string) => `${name} er opprettet. Inviter den første brukeren hos Statsforvalteren under.`,
  countyExists: "Det finnes allerede et fylke med dette navnet.",
  // the e-mail
  mailSubject: "Invitasjon til DEKOM-portalen",
  mailText: (p: { name: string; inviter: string; roles: string[]; link: string; expires: string }) =>
    `Hei ${p.name}!\n\n${p.inviter} har invitert deg til DEKOM-portalen, portalen for den desentraliserte ordningen for kompetanseutvikling i skolen.\n\nDu får ${p.roles.length === 1 ? "rollen" : "rollene"}:\n${p.roles.map((r) => `- ${r}`).join("\n")}\n\nÅpne lenken og logg inn med ID-porten, Feide eller den innloggingen du ellers bruker i jobben:\n${p.link}\n\nLenken kan brukes én gang og virker til ${p.expires}. Hvis du ikke venter denne invitasjonen, kan du se bort fra e-posten.\n\nHilsen DEKOM-portalen`,
};

/** Why a login with an invitation link did not go through (codes from src/server/auth/sign-in.ts), in bokmål for the pages not yet moved; the sign-in page reads the catalogue's "signIn.errors". */
export const invitationError: Record<string, string> = {
  "invitasjon-ugyldig": "Invitasjonslenken er ikke gyldig. Sjekk at du har kopiert hele lenken fra e-posten, eller be om en ny invitasjon.",
  "invitasjon-utlopt": "Invitasjonslenken er utløpt. Be den som inviterte deg om å sende den på nytt.",
  "invitasjon-brukt": "Invitasjonslenken er allerede brukt. Logg inn som vanlig; har du ikke tilgang, be om en ny invitasjon.",
  "invitasjon-trukket": "Invitasjonen er trukket tilbake. Ta kontakt med den som inviterte deg.",
  "for-mange-forsok": "For mange mislykkede forsøk fra denne adressen. Vent et kvarter og prøv igjen.",
  "identitet-i-bruk": "Denne innloggingen er allerede koblet til en annen bruker i DEKOM-portalen. Logg inn med en annen innlogging, eller kontakt Statsforvalteren.",
  "bruker-deaktivert": "Brukeren din er deaktivert. Kontakt Statsforvalteren hvis du skal ha tilgang igjen.",
};

/** The sign-in page's ?feil= code (next-auth's, or a refused invitation's) as a catalogue key (signIn.errors); unknown codes get the general one. Own keys only: "?feil=__proto__" must not find Object's prototype and break the page. */
const SIGN_IN_ERROR_CODES = ["ukjent-bruker", "ingen-rolle", "demo-av", "CredentialsSignin", "OAuthSignin", "OAuthCallback", "AccessDenied", "Default", "invitasjon-ugyldig", "invitasjon-utlopt", "invitasjon-brukt", "invitasjon-trukket", "for-mange-forsok", "identitet-i-bruk", "bruker-deaktivert"] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];
export function signInErrorCode(code: string): SignInErrorCode {
  return (SIGN_IN_ERROR_CODES as readonly string[]).includes(code) ? (code as SignInErrorCode) : "Default";
}
