import { ClientText } from "@/i18n/client-text";

/** The county's setup forms (regions, owners, schools, kindergartens, groups, forums, settings, periods, the register import) read their texts in the browser. */
export default function SetupLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["setupForms", "structureLabels", "periodForm", "kindergartens", "groupsNew", "registerImport", "unitForms"]}>{children}</ClientText>;
}
