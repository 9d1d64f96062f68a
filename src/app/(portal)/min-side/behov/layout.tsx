import { ClientText } from "@/i18n/client-text";

/** The behovsmelding's forms read the "needsForms" texts in the browser. */
export default function NeedsLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["needsForms"]}>{children}</ClientText>;
}
