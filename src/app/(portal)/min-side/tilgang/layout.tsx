import { ClientText } from "@/i18n/client-text";

/** The invitation, role and county forms read "accessForms" and the role names ("roles") in the browser. */
export default function AccessLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["accessForms", "roles"]}>{children}</ClientText>;
}
