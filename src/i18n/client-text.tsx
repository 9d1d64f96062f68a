// The catalogue namespaces a route's client components need, on top of the root layout's (catalogue.ts).
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { clientMessages, type Messages } from "./catalogue";

export async function ClientText({ namespaces, children }: { namespaces: (keyof Messages)[]; children: React.ReactNode }) {
  const locale = await getLocale();
  return <NextIntlClientProvider messages={clientMessages(locale, namespaces)}>{children}</NextIntlClientProvider>;
}
