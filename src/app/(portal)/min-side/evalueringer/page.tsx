import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TableScroll } from "@/components/table-scroll";
import { evaluationStatusColor, evaluationStatusLabel } from "@/lib/evaluation-text";
import { awaitsReport } from "@/domain/evaluation";
import { formatDate } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getDashboard } from "@/server/evaluations/queries";
import { reminderText } from "@/lib/messages/evaluations";
import { ForumConclusion } from "@/components/forum-conclusion";
import { ConclusionForm } from "./[region]/[year]/_components/review-forms";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";
import { schemeName } from "@/lib/messages/schemes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluation"))("title") };
}

export default async function EvaluationDashboard({ searchParams }: { searchParams: Promise<{ ordning?: string | string[] }> }) {
  const user = await requirePageUser("/min-side/evalueringer");
  const counties = (await getDashboard(user, new Date(), (await searchParams).ordning)).filter((c) => c.rows.length > 0);
  if (counties.length === 0) notFound();
  const t = await getTranslations("evaluation");
  const daysText = (days: number) => (days >= 0 ? t("daysLeft", { days }) : null);
  return (
    <div className="space-y-8">
      <h1 className="ds-heading" data-size="lg">{t("title")}</h1>
      <p className="ds-paragraph">{t("intro")}</p>
      {counties.map(({ county, rows, years, canReview, scheme, schemes, problem }) => (
        <section key={county.id} aria-labelledby={`ev-${county.id}`} className="space-y-4">
          <h2 id={`ev-${county.id}`} className="ds-heading" data-size="md">{t("countyHeading", { county: county.name })}</h2>
          <SchemeNav path="/min-side/evalueringer" schemes={schemes} current={scheme} problem={problem} />
          <TableScroll label={t("tableLabel", { county: county.name })}>
            <table className="ds-table" data-border="true">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead><tr><th scope="col">{t("region")}</th>{years.map((y) => <th key={y} scope="col">{t("reportYear", { year: String(y) })}<span className="block text-sm font-normal">{t("deadlineShort", { date: formatDate(rows[0].cells.find((c) => c.year === y)!.deadline).replace(/ \d{4}$/, ""), year: String(y + 1) })}</span></th>)}</tr></thead>
              <tbody>
                {rows.map(({ region, cells }) => (
                  <tr key={region.id}>
                    <th scope="row" className="font-normal">
                      <Link className="ds-link" href={`/min-side/evalueringer/${region.slug}/${cells[0]!.year}${schemeQuery(scheme, schemes)}`}>{region.name}</Link>
                    </th>
                    {cells.map((c) => (
                      <td key={c.year}>
                        <Link className="ds-link" href={`/min-side/evalueringer/${region.slug}/${c.year}${schemeQuery(scheme, schemes)}`}>
                          <span className="ds-tag" data-size="sm" data-color={evaluationStatusColor[c.status]}>{evaluationStatusLabel[c.status]}</span>
                          <span className="sr-only">{t("cellHint", { year: String(c.year), region: region.name })}</span>
                        </Link>
                        {awaitsReport(c.status) && daysText(c.daysLeft) && (
                          <span className="block text-sm">{daysText(c.daysLeft)}{c.extended ? t("extended") : ""}</span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {canReview && rows.some((r) => r.region._count.roles === 0) && (
            <div className="ds-alert" data-color="info">
              {reminderText.noWriter(rows.filter((r) => r.region._count.roles === 0).map((r) => r.region.name))}
            </div>
          )}
          {scheme && (canReview ? (
            <div className="space-y-2">
              <h3 className="ds-heading" data-size="sm">{t("conclusionFor", { year: String(years[1]), scheme: schemeName(scheme.code) })}</h3>
              <ConclusionForm countyId={county.id} schemeId={scheme.id} year={years[1]} current={county.forumConclusions.find((c) => c.year === years[1] && c.schemeId === scheme.id) ?? null} />
            </div>
          ) : (
            // The forum's members (and everyone who reads the reports) see what the forum concluded on this scheme.
            <ForumConclusion year={years[1]} scheme={scheme.code} conclusion={county.forumConclusions.find((c) => c.year === years[1] && c.schemeId === scheme.id)} headingLevel={3} />
          ))}
        </section>
      ))}
    </div>
  );
}
