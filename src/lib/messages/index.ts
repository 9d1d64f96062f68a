// What more than one page needs beside the catalogues (src/i18n/messages): the colours of the allocation states.

export const allocationStatusColor = { DRAFT: "neutral", APPROVED: "success", REJECTED: "danger", NEEDS_REAPPROVAL: "warning" } as const;

// The errors every feature refuses with are in the catalogues (src/i18n/messages), read by src/i18n/server-text.ts.

