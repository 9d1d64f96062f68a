// User-facing Norwegian (bokmål) text that more than one place needs. Page-only text lives in the page.
import type { Role } from "@/domain/authorization";
import { catalogues } from "@/i18n/catalogue";

/** Bokmål role names, for pages not yet moved to the catalogues (the text itself is in the catalogue: roles). */
export const roleLabel: Record<Role, string> = catalogues.nb.roles;

export const groupRoleLabel = {
  SKOLEEIER: "Skoleeier",
  SKOLELEDER: "Skoleleder",
  HTV: "Hovedtillitsvalgt (HTV)",
  SKOLEUTVIKLER: "Skoleutvikler",
  PTV: "Plasstillitsvalgt (PTV)",
  RESSURSLAERER: "Ressurslærer",
  NETTVERKSDELTAKER: "Nettverksdeltaker",
} as const;

/** Bokmål, for the pages not yet moved; the text is in the catalogue (allocationStatus). */
export const allocationStatusLabel = catalogues.nb.allocationStatus;

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


// The errors every feature refuses with are in the catalogues (src/i18n/messages), read by src/i18n/server-text.ts.


/** The page shown when a page cannot be made, in bokmål where the reader's language is unknown (the production server); the text is in the catalogue (unavailable). */
export const unavailable = catalogues.nb.unavailable;
