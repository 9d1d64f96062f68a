import { ClientText } from "@/i18n/client-text";

/** The evaluation editor, its review forms and the print button read the "evaluation" texts in the browser. */
export default function EvaluationLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["evaluation"]}>{children}</ClientText>;
}
