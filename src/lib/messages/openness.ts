// Text of openness, in the language of the request (the catalogue's "opennessAdmin" keys; its forms read
// "opennessForms"): holding a final document back from the public pages, and what the public then sees.
import { lazyText, msg } from "@/i18n/server-text";

export const kindLabel = lazyText(["EVALUATION", "PLAN", "RECOMMENDATION"] as const, (k) => msg(`opennessAdmin.kind.${k}`));

export const opennessText = {
  get notFinal() { return msg("opennessAdmin.notFinal"); },
  get alreadyWithheld() { return msg("opennessAdmin.alreadyWithheld"); },
  get notWithheld() { return msg("opennessAdmin.notWithheld"); },
  withheld: (title: string) => msg("opennessAdmin.withheld", { title }),
  released: (title: string) => msg("opennessAdmin.released", { title }),
  publicNotice: (reason: string) => msg("opennessAdmin.publicNotice", { reason }),
  get title() { return msg("opennessAdmin.title"); },
  heading: (county: string) => msg("opennessAdmin.heading", { county }),
  get intro() { return msg("opennessAdmin.intro"); },
  get caption() { return msg("opennessAdmin.caption"); },
  get document() { return msg("opennessAdmin.document"); },
  get state() { return msg("opennessAdmin.state"); },
  get yes() { return msg("opennessAdmin.yes"); },
  no: (reason: string) => msg("opennessAdmin.no", { reason }),
  get none() { return msg("opennessAdmin.none"); },
  get link() { return msg("opennessAdmin.link"); },
  evaluationTitle: (region: string, year: number) => msg("opennessAdmin.evaluationTitle", { region, year: String(year) }),
  planTitle: (region: string, period: string) => msg("opennessAdmin.planTitle", { region, period }),
  recommendationTitle: (year: number) => msg("opennessAdmin.recommendationTitle", { year: String(year) }),
  get withhold() { return msg("opennessForms.withhold"); },
  get publicEvaluations() { return msg("opennessAdmin.publicEvaluations"); },
};
