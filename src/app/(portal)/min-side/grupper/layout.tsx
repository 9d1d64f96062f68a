import { ClientText } from "@/i18n/client-text";

/** The member form reads the "groupForms" texts in the browser. */
export default function GroupLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["groupForms"]}>{children}</ClientText>;
}
