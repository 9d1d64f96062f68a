import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RecommendationView } from "@/components/recommendation-view";
import { budgetYear } from "@/lib/budget-year";
import { formatDate, formatDateTime } from "@/lib/format";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/server/auth/session";
import { getRecommendationPage } from "@/server/recommendations/queries";
import { AdoptByCaseForm } from "@/components/adopt-by-case-form";
import { adoptRecommendationAction } from "@/server/recommendations/actions";
import { AssembleForm, CommentForm, TextForm } from "./_components/recommendation-forms";

type Props = { params: Promise<{ fylke: string; year: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("recommendations.pageTitle") };
}

export default async function RecommendationPage({ params, searchParams }: Props) {
  const { fylke, year: y } = await params;
  const { ordning } = await searchParams;
  const user = await requirePageUser(`/min-side/innstilling/${fylke}/${y}`);
  const year = budgetYear(y);
  if (year === null) notFound();
  const data = await getRecommendationPage(user, fylke, year, ordning);
  if (!data) notFound();
  const { county, rec, content, canManage, scheme, schemes } = data;
  const draft = !rec || rec.status === "DRAFT";
  const t = await getTranslations("recommendations");
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }]} current={t("title", { year: String(year) })} />
      <div className="space-y-2">
        <h1 className="ds-heading" data-size="lg">{t("heading", { forum: county.forumName, year: String(year) })}</h1>
        <SchemeNav path={`/min-side/innstilling/${fylke}/${year}`} schemes={schemes} current={scheme} problem={data.problem} />
        <p><strong>{t("status")}:</strong> {rec?.status === "ADOPTED" && rec.adoptedCase ? t("statusAdopted", { caseNumber: rec.adoptedCase.number, date: formatDate(rec.adoptedCase.meeting.startsAt) }) : rec ? t("statusDraft") : t("none")}</p>
        {rec?.status === "ADOPTED" && <p><Link className="ds-link" href={`/fylker/${fylke}/innstilling/${year}${schemeQuery(scheme, schemes)}`}>{t("publicLink")}</Link></p>}
        {content && <p className="text-sm">{t("assembledAt", { at: formatDateTime(new Date(content.assembledAt)) })}</p>}
      </div>
      {canManage && draft && <AssembleForm countyId={county.id} schemeId={scheme?.id ?? ""} year={year} version={rec?.version ?? 0} again={!!rec} />}
      {content && <RecommendationView assembled={content.assembled} text={content} language={data.language} />}
      {rec && content && canManage && draft && (
        <section aria-labelledby="tekst" className="space-y-3">
          <h2 id="tekst" className="ds-heading" data-size="md">{t("textHeading")}</h2>
          <TextForm id={rec.id} version={rec.version} intro={content.intro} notes={content.notes} regions={content.assembled.regions.map((r) => ({ id: r.id, name: r.name }))} />
        </section>
      )}
      {rec && (
        <section aria-labelledby="kommentarer" className="space-y-3">
          <h2 id="kommentarer" className="ds-heading" data-size="md">{t("commentsHeading")}</h2>
          {rec.comments.length === 0 ? <p>{t("noComments")}</p> : (
            <ul className="space-y-2">{rec.comments.map((c) => <li key={c.id}><strong>{c.author.name}</strong>, {formatDateTime(c.createdAt)}: {c.text}</li>)}</ul>
          )}
          {draft && <CommentForm id={rec.id} />}
        </section>
      )}
      {rec && canManage && (
        <section aria-labelledby="vedtak" className="space-y-3">
          <h2 id="vedtak" className="ds-heading" data-size="md">{t("adoptHeading")}</h2>
          <AdoptByCaseForm action={adoptRecommendationAction} fields={{ recommendationId: rec.id, version: rec.version }} cases={data.cases}
            adopted={rec.status === "ADOPTED" && rec.adoptedCase ? t("statusAdopted", { caseNumber: rec.adoptedCase.number, date: formatDate(rec.adoptedCase.meeting.startsAt) }) : null}
            text={{ label: t("adoptingCase"), button: t("adopt"), noCases: t("noCases") }} />
        </section>
      )}
    </div>
  );
}
