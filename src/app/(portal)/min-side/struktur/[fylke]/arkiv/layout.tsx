import { ClientText } from "@/i18n/client-text";

/** The archive settings, retry and package forms read the "archiveForms" texts in the browser. */
export default function ArchiveLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["archiveForms"]}>{children}</ClientText>;
}
