// Openness's refusals and confirmations, and the final documents' titles, in the language of the request (the
// catalogue's "opennessAdmin" keys; its page reads them with getTranslations, its forms read "opennessForms").
import { msg } from "@/i18n/server-text";

export const opennessText = {
  get notFinal() { return msg("opennessAdmin.notFinal"); },
  get alreadyWithheld() { return msg("opennessAdmin.alreadyWithheld"); },
  get notWithheld() { return msg("opennessAdmin.notWithheld"); },
  withheld: (title: string) => msg("opennessAdmin.withheld", { title }),
  released: (title: string) => msg("opennessAdmin.released", { title }),
  evaluationTitle: (region: string, year: number) => msg("opennessAdmin.evaluationTitle", { region, year: String(year) }),
  planTitle: (region: string, period: string) => msg("opennessAdmin.planTitle", { region, period }),
  recommendationTitle: (year: number) => msg("opennessAdmin.recommendationTitle", { year: String(year) }),
};
