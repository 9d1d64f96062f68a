// The catalogue namespaces a route's client components need, on top of the root layout's (catalogue.ts).
import { getLocale } from "next-intl/server";
import { clientMessages, type Messages } from "./catalogue";
import { TextProvider } from "./client";

export async function ClientText({ namespaces = [], children }: { namespaces?: (keyof Messages)[]; children: React.ReactNode }) {
  const locale = await getLocale();
  return <TextProvider locale={locale} messages={clientMessages(locale, namespaces)}>{children}</TextProvider>;
}
