// User-facing Norwegian (bokmål) text that more than one place needs. Page-only text lives in the page.

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

