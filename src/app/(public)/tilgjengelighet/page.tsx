import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/server/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("metaTitle") };
}

/** When the portal was last checked against WCAG 2.1 AA, and by what (change both with each check). */
const LAST_CHECKED = "24. november 2026";

// Written after Digdir's template for the accessibility statement (uustatus.no): the legal basis, what does
// not yet meet the requirements, how the portal is tested, how to report a problem, and where to complain.
export default async function AccessibilityStatement() {
  const support = env().DEKOM_SUPPORT_EMAIL;
  const t = await getTranslations("accessibility");
  const link = (href: string) => (chunks: React.ReactNode) => <a className="ds-link" href={href}>{chunks}</a>;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="ds-heading" data-size="lg">{t("heading")}</h1>
      <p className="ds-paragraph">{t.rich("law", { link: link("https://uustatus.no/") })}</p>
      <p className="ds-paragraph">{t("checked", { date: LAST_CHECKED })}</p>

      <h2 className="ds-heading" data-size="sm">{t("status")}</h2>
      <p className="ds-paragraph">{t("known")}</p>
      <ul className="prose-list">
        <li>{t("uploads")}</li>
        <li>{t("translation")}</li>
      </ul>

      <h2 className="ds-heading" data-size="sm">{t("testing")}</h2>
      <ul className="prose-list">
        <li>{t("axe")}</li>
        <li>{t("reflow")}</li>
        <li>{t("keyboard")}</li>
        <li>{t("limits")}</li>
      </ul>

      <h2 className="ds-heading" data-size="sm">{t("report")}</h2>
      <p className="ds-paragraph">
        {support ? t.rich("reportMail", { email: support, link: link(`mailto:${support}`) }) : t("reportGovernor")}
      </p>

      <h2 className="ds-heading" data-size="sm">{t("complaint")}</h2>
      <p className="ds-paragraph">{t.rich("complaintText", { link: link("https://www.uutilsynet.no/") })}</p>
    </div>
  );
}
