import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listCounties } from "@/server/structure/queries";

/** The installation's front page: the counties it serves, each with its own pages. */
export default async function FrontPage() {
  const counties = await listCounties();
  if (counties.length === 0) return <EmptyInstallation />;
  const t = await getTranslations("front");
  return (
    <div className="space-y-6 max-w-3xl">
      <h1 className="ds-heading" data-size="lg">{t("title")}</h1>
      <p className="ds-paragraph" data-size="lg">{t("intro")}</p>
      <section aria-labelledby="fylker">
        <h2 id="fylker" className="ds-heading" data-size="md">{t("counties")}</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {counties.map((c) => (
            <li key={c.id} className="ds-card" data-variant="tinted">
              <h3 className="ds-heading" data-size="xs"><Link className="ds-link" href={`/fylker/${c.slug}`}>{c.name}</Link></h3>
              <p className="ds-paragraph mt-1" data-size="sm">{t("countyLine", { forum: c.forumName, governor: c.governorName, regions: c._count.regions })}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** A new installation, before its first county is set up: say so, and where to start. */
async function EmptyInstallation() {
  const t = await getTranslations("front");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="ds-heading" data-size="lg">{t("emptyTitle")}</h1>
      <p className="ds-paragraph">{t("empty")}</p>
      <p className="ds-paragraph">{t.rich("emptySignIn", { link: (chunks) => <Link className="ds-link" href="/logg-inn">{chunks}</Link> })}</p>
    </div>
  );
}
