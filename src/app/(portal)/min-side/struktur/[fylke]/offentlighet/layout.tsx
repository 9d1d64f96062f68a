import { ClientText } from "@/i18n/client-text";

/** The withhold and release forms read the "opennessForms" texts in the browser. */
export default function OpennessLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["opennessForms"]}>{children}</ClientText>;
}
