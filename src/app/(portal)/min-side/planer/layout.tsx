import { ClientText } from "@/i18n/client-text";

/** The plan's goal and measure forms read the "planForm" texts in the browser. */
export default function PlanLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["planForm"]}>{children}</ClientText>;
}
