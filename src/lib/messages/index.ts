// User-facing Norwegian (bokmål) text that more than one place needs. Page-only text lives in the page.
import type { Role } from "@/domain/authorization";

/** Bokmål role names for the pages not yet moved to the catalogues (the moved ones read the catalogue's "roles"). Client components import this module, so it does not import the catalogue (which would add it to their First Load JS). */
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

export const allocationStatusColor = { DRAFT: "neutral", APPROVED: "success", REJECTED: "danger", NEEDS_REAPPROVAL: "warning" } as const;

// The errors every feature refuses with are in the catalogues (src/i18n/messages), read by src/i18n/server-text.ts.

