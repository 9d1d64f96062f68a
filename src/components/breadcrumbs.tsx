import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The way back up from a page: the links above it, then the page itself. */
export async function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("breadcrumbs")} className="text-sm">
      <ol className="flex flex-wrap gap-2">
        {trail.map((t) => <li key={t.href}><Link className="ds-link" href={t.href}>{t.label}</Link> /</li>)}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
