// next-intl's request configuration: the language of this request (request-locale.ts), its catalogue, and Oslo
// as the time zone for dates shown.
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "./catalogue";
import { requestLocaleChoice } from "./request-locale";

export default getRequestConfig(async () => {
  const { locale } = await requestLocaleChoice();
  return { locale, messages: catalogues[locale], timeZone: "Europe/Oslo" };
});
