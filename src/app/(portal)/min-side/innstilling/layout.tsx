import { ClientText } from "@/i18n/client-text";

/** The innstilling's forms read the "recommendationForms" texts in the browser. */
export default function RecommendationLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["recommendationForms"]}>{children}</ClientText>;
}
