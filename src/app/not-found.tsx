import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-3">
      <h1 className="ds-heading" data-size="lg">{t("title")}</h1>
      <p className="ds-paragraph">{t("body")}</p>
      <p><Link className="ds-link" href="/">{t("home")}</Link></p>
    </div>
  );
}
