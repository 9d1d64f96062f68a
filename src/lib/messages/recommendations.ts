// The innstilling's server-side text in the language of the request (the catalogue's "recommendations" keys; its
// forms read "recommendationForms"). The document itself is made in the Samarbeidsforum's written standard by
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
  title: (year: number) => msg("recommendations.title", { year: String(year) }),
  heading: (forum: string, year: number) => msg("recommendations.heading", { forum, year: String(year) }),
  get mySide() { return msg("common.mySide"); },
  get statusDraft() { return msg("recommendations.statusDraft"); },
  statusAdopted: (caseNumber: string, date: string) => msg("recommendations.statusAdopted", { caseNumber, date }),
  get none() { return msg("recommendations.none"); },
  get assembleHelp() { return msg("recommendations.assembleHelp"); },
  assembledAt: (at: string) => msg("recommendations.assembledAt", { at }),
  get textHeading() { return msg("recommendations.textHeading"); },
  get intro() { return msg("recommendations.intro"); },
  get saveText() { return msg("recommendations.saveText"); },
  get commentsHeading() { return msg("recommendations.commentsHeading"); },
  get noComments() { return msg("recommendations.noComments"); },
  get comment() { return msg("recommendations.comment"); },
  get adoptHeading() { return msg("recommendations.adoptHeading"); },
  get adoptingCase() { return msg("recommendations.adoptingCase"); },
  get adopt() { return msg("recommendations.adopt"); },
  get noCases() { return msg("recommendations.noCases"); },
  get publicLink() { return msg("recommendations.publicLink"); },
  pdfLink: (year: number) => msg("recommendations.pdfLink", { year: String(year) }),
  get status() { return msg("recommendations.status"); },
  get pdfNotFound() { return msg("recommendations.pdfNotFound"); },
  get publishedHeading() { return msg("recommendations.publishedHeading"); },
};
