import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/request-locale";
import { RecommendationView } from "@/components/recommendation-view";
import { budgetYear } from "@/lib/budget-year";
import { formatDate } from "@/lib/format";
import { getPublishedRecommendation } from "@/server/recommendations/queries";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";

type Props = { params: Promise<{ fylke: string; year: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openness"))("recommendationMeta") };
}

/** The adopted innstilling, for everyone (offentleglova), at a stable address with its PDF. */
export default async function PublishedRecommendationPage({ params, searchParams }: Props) {
  const { fylke, year: y } = await params;
  const year = budgetYear(y);
  if (year === null) notFound();
  const ordning = (await searchParams).ordning;
  const code = typeof ordning === "string" && /^[a-z0-9-]{2,40}$/.test(ordning) ? ordning : undefined;
  if (ordning !== undefined && !code) notFound();
  const published = await getPublishedRecommendation(fylke, year, code);
  if (!published) notFound();
  const { rec, content } = published;
  const [t, doc, names, reading] = await Promise.all([getTranslations("openness"), getTranslations("recommendationDoc"), getTranslations("minutes.languageName"), requestLocale()]);
  return (
    <div className="space-y-6">
      <h1 className="ds-heading" data-size="lg">{t("recommendationHeading", { forum: rec.county.forumName, year: String(year) })}</h1>
      <SchemeNav path={`/fylker/${fylke}/innstilling/${year}`} schemes={published.schemes} current={published.scheme} />
      {rec.adoptedCase && <p>{t("adopted", { number: rec.adoptedCase.number, date: formatDate(rec.adoptedCase.meeting.startsAt) })} (<Link className="ds-link" href={`/moter/${rec.adoptedCase.meeting.id}/protokoll`}>{t("minutes")}</Link>)</p>}
      {published.withheld ? <p className="ds-alert" data-color="info">{t("withheldNotice", { reason: published.withheld })}</p> : (
        <>
          <p><a className="ds-link" href={`/fylker/${fylke}/innstilling/${year}/innstilling.pdf${schemeQuery(published.scheme, published.schemes)}`}>{t("pdfLink", { year: String(year) })}</a></p>
          {published.language !== reading && <p className="text-sm">{doc("inLanguage", { language: names(published.language) })}</p>}
          <RecommendationView assembled={content.assembled} text={content} language={published.language} />
        </>
      )}
    </div>
  );
}
