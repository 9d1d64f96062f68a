import Link from "next/link";
import { DemoTag } from "@/components/demo-tag";
import { TableScroll } from "@/components/table-scroll";
import { formatBasisPoints, formatDayOfYear } from "@/lib/format";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCountyNames, getCountyOverview } from "@/server/structure/queries";
import { currentOrLatest } from "@/domain/periods";
import { ForumConclusion } from "@/components/forum-conclusion";
import { pageLocale } from "@/i18n/request-locale";

type Props = { params: Promise<{ fylke: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [county, t] = await Promise.all([getCountyNames((await params).fylke), getTranslations("county")]);
  return { title: county ? t("metaTitle", { county: county.name }) : t("notFound") };
}

/** A county's public page: its strategy, how the money is shared, and its regions. */
export default async function CountyPage({ params }: Props) {
  const county = await getCountyOverview((await params).fylke);
  if (!county) notFound();
  await pageLocale(); // the forum's conclusion below reads the server's text
  const t = await getTranslations("county");
  // The period that covers this year, or (before the first, after the last) the latest.
  const year = new Date().getFullYear();
  const period = currentOrLatest(county.periods, year);
  const networkShare = county.networkShareBasisPoints;
  return (
    <div className="space-y-10">
      <section aria-labelledby="tittel">
        <h1 id="tittel" className="ds-heading" data-size="lg">{t("heading", { county: county.name })}</h1>
        <p className="ds-paragraph mt-3" data-size="lg">{t("intro", { forum: county.forumName, governor: county.governorName })}</p>
      </section>

      {county.forumConclusions.filter((c) => c.year === county.forumConclusions[0].year).map((c) => (
        <ForumConclusion key={c.id} year={c.year} conclusion={c} scheme={county._count.schemes > 1 ? c.scheme.code : undefined} />
      ))}

      {period && (
        <section aria-labelledby="strategi" className="space-y-6">
          <h2 id="strategi" className="ds-heading" data-size="md">{period.name}</h2>
          <DemoTag show={period.isDemo} />
          <div>
            <h3 className="ds-heading" data-size="xs">{t("purposes")}</h3>
            <ul className="prose-list mt-2">{period.purposes.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
          <div>
            <h3 className="ds-heading" data-size="xs">{t("priorityAreas")}</h3>
            <ul className="prose-list mt-2">{period.priorityAreas.map((a) => <li key={a.id}>{a.title}</li>)}</ul>
          </div>
          <div className="grid gap-4 md:grid-cols-3">
            {period.subGoals.map((g) => (
              <article key={g.id} className="ds-card" data-variant="tinted">
                <h3 className="ds-heading" data-size="xs">{t("subGoal", { number: String(g.number), title: g.title })}</h3>
                <p className="ds-paragraph mt-2" data-size="sm">{g.summary}</p>
                <p className="mt-2 text-sm font-semibold">{t("strategies")}</p>
                <ul className="prose-list text-sm">{g.strategies.map((s) => <li key={s}>{s}</li>)}</ul>
              </article>
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="okonomi">
        <h2 id="okonomi" className="ds-heading" data-size="md">{t("moneyHeading")}</h2>
        <ul className="prose-list mt-2">
          <li>{t("moneyShare", { network: formatBasisPoints(networkShare), uh: formatBasisPoints(10000 - networkShare) })}</li>
          <li>{t("moneyFollows")}</li>
          <li>{t("moneySame")}</li>
          <li>{t("reportBy", { deadline: formatDayOfYear(county.reportDeadlineMonth, county.reportDeadlineDay) })}</li>
        </ul>
      </section>

      {county.recommendations.length > 0 && (
        <section aria-labelledby="innstillinger">
          <h2 id="innstillinger" className="ds-heading" data-size="md">{t("recommendations")}</h2>
          <ul className="prose-list mt-2">
            {county.recommendations.map((r) => <li key={r.year}><Link className="ds-link" href={`/fylker/${county.slug}/innstilling/${r.year}`}>{t("recommendationTitle", { year: String(r.year) })}</Link></li>)}
          </ul>
        </section>
      )}

      <section aria-labelledby="regioner">
        <h2 id="regioner" className="ds-heading" data-size="md">{t("regions")}</h2>
        <p className="ds-paragraph mt-2">{t("regionsIntro", { county: county.name, count: county.regions.length })}</p>
        <TableScroll className="mt-3" label={t("regionsLabel")}>
          <table className="ds-table" data-border="true">
            <caption className="sr-only">{t("regionsCaption", { county: county.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("region")}</th>
                <th scope="col">{t("coordinatedBy")}</th>
                <th scope="col" className="text-right">{t("owners")}</th>
                <th scope="col" className="text-right">{t("schools")}</th>
              </tr>
            </thead>
            <tbody>
              {county.regions.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link className="ds-link" href={`/fylker/${county.slug}/regioner/${r.slug}`}>{r.name}</Link>
                    <DemoTag show={r.isDemo} />
                  </td>
                  <td>{r.coordinator}</td>
                  <td className="text-right">{r.owners.length}</td>
                  <td className="text-right">{r.owners.reduce((sum, o) => sum + o._count.schools, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
