import { ClientText } from "@/i18n/client-text";

/** The network, participant, gathering and checklist forms read the "networkForms" texts in the browser. */
export default function NetworkLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["networkForms"]}>{children}</ClientText>;
}
