// Openness (offentleglova): an accepted evaluation, an adopted plan and an adopted innstilling are public unless the
// county holds one back with a reason. Pure: what the public may see of a document, as a code.

export type DocumentKind = "EVALUATION" | "PLAN" | "RECOMMENDATION";

const FINAL: Record<DocumentKind, string> = { EVALUATION: "ACCEPTED", PLAN: "ADOPTED", RECOMMENDATION: "ADOPTED" };

export const isFinal = (kind: DocumentKind, status: string) => FINAL[kind] === status;

export type PublicState = { code: "public" } | { code: "withheld"; reason: string } | { code: "not-final" };

/** A draft is nobody's business but its authors'; a final document is public unless it is held back. */
export function publicState(kind: DocumentKind, status: string, withheld: { reason: string } | null): PublicState {
  if (!isFinal(kind, status)) return { code: "not-final" };
  return withheld ? { code: "withheld", reason: withheld.reason } : { code: "public" };
}
