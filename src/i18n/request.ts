// next-intl's request configuration: the language of this request (locales.ts decides), its catalogue,
// and Oslo as the time zone for dates shown.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "./catalogue";
import { requestLocaleChoice } from "./choice";

export default getRequestConfig(async () => {
  const { locale } = await requestLocaleChoice(headers, cookies);
  return { locale, messages: catalogues[locale], timeZone: "Europe/Oslo" };
});
