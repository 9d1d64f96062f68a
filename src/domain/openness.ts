// Openness (offentleglova): an accepted evaluation, an adopted plan and an adopted innstilling are public unless the
// county holds one back with a reason (WithheldDocument). A draft was never public, so it cannot be held back.

export type DocumentKind = "EVALUATION" | "PLAN" | "RECOMMENDATION";

const FINAL: Record<DocumentKind, string> = { EVALUATION: "ACCEPTED", PLAN: "ADOPTED", RECOMMENDATION: "ADOPTED" };

export const isFinal = (kind: DocumentKind, status: string) => FINAL[kind] === status;
