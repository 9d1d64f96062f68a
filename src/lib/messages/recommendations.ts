// The innstilling's refusals and confirmations in the language of the request (the catalogue's "recommendations"
// keys; its page reads them with getTranslations, its forms read "recommendationForms"). The document itself is made in the Samarbeidsforum's written standard by
// src/server/recommendations/document.ts.
import { msg } from "@/i18n/server-text";

export const recommendationText = {
  get stale() { return msg("recommendations.stale"); },
  get alreadyAdopted() { return msg("recommendations.alreadyAdopted"); },
  assembled: (year: number) => msg("recommendations.assembled", { year: String(year) }),
  get textSaved() { return msg("recommendations.textSaved"); },
  get commented() { return msg("recommendations.commented"); },
  get caseNotForum() { return msg("recommendations.caseNotForum"); },
  get caseNotDecided() { return msg("recommendations.caseNotDecided"); },
  caseUsed: (year: number) => msg("recommendations.caseUsed", { year: String(year) }),
  adopted: (year: number, caseNumber: string) => msg("recommendations.adopted", { year: String(year), caseNumber }),
  get pdfNotFound() { return msg("recommendations.pdfNotFound"); },
};
