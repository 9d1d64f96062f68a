import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Evalueringer" };

const daysText = (d: number) => (d > 1 ? `${d} dager igjen` : d === 1 ? "1 dag igjen" : d === 0 ? "frist i dag" : null);

export default async function EvaluationDashboard({ searchParams }: { searchParams: Promise<{ ordning?: string | string[] }> }) {
  const user = await requirePageUser("/min-side/evalueringer");
  const counties = (await getDashboard(user, new Date(), (await searchParams).ordning)).filter((c) => c.rows.length > 0);
  if (counties.length === 0) notFound();
  return (
    <div className="space-y-8">
      <h1 className="ds-heading" data-size="lg">Evalueringer</h1>
      <p className="ds-paragraph">
        Kompetanseregionene evaluerer utviklingsarbeidet hvert år (effekt/resultat, prosess og struktur) og rapporterer til samarbeidsforumet.
      </p>
      {counties.map(({ county, rows, years, canReview, scheme, schemes, problem }) => (
        <section key={county.id} aria-labelledby={`ev-${county.id}`} className="space-y-4">
          <h2 id={`ev-${county.id}`} className="ds-heading" data-size="md">{county.name}: status per region og år</h2>
          <SchemeNav path="/min-side/evalueringer" schemes={schemes} current={scheme} problem={problem} />
          <TableScroll label={`Evalueringer i ${county.name}`}>
            <table className="ds-table" data-border="true">
              <caption className="sr-only">Status for evalueringene per region og budsjettår, med dager til fristen</caption>
              <thead><tr><th scope="col">Region</th>{years.map((y) => <th key={y} scope="col">Rapport {y}<span className="block text-sm font-normal">frist {formatDate(rows[0].cells.find((c) => c.year === y)!.deadline).replace(/ \d{4}$/, "")} {y + 1}</span></th>)}</tr></thead>
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
                          <span className="sr-only"> – rapport {c.year} for {region.name}</span>
                        </Link>
                        {awaitsReport(c.status) && daysText(c.daysLeft) && (
                          <span className="block text-sm">{daysText(c.daysLeft)}{c.extended ? " (utsatt)" : ""}</span>
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
          {canReview ? (
            <div className="space-y-2">
              <h3 className="ds-heading" data-size="sm">Samarbeidsforumets konklusjon for {years[1]}</h3>
              <ConclusionForm countyId={county.id} year={years[1]} current={county.forumConclusions.find((c) => c.year === years[1]) ?? null} />
            </div>
          ) : (
            // The forum's members (and everyone who reads the reports) see what the forum concluded.
            <ForumConclusion year={years[1]} conclusion={county.forumConclusions.find((c) => c.year === years[1])} headingLevel={3} />
          )}
        </section>
      ))}
    </div>
  );
}
