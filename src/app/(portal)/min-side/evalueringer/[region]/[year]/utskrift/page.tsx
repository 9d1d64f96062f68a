import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dimensionText, evaluationEventLabel, regionFieldText } from "@/lib/evaluation-text";
import { formatDate, formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getEvaluationPage } from "@/server/evaluations/queries";
import { ReportBody } from "@/components/report-body";
import { PrintButton } from "./print-button";
import { budgetYear } from "@/lib/budget-year";

type Props = { params: Promise<{ region: string; year: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export const metadata: Metadata = { title: "Evaluering – utskrift" };

/** The report for the archive: print it, or save it as PDF from the browser's print dialog. */
export default async function EvaluationPrint({ params, searchParams }: Props) {
  const { region: slug, year: y } = await params;
  const { ordning } = await searchParams;
  const year = budgetYear(y);
  const user = await requirePageUser(`/min-side/evalueringer/${slug}/${y}/utskrift`);
  if (year === null) notFound();
  const data = await getEvaluationPage(user, slug, year, new Date(), ordning);
  if (!data?.evaluation) notFound();
  const { region, evaluation, history, deadline } = data;
  const fields = [
    ...(["effect", "process", "structure", "moneyUse", "participation"] as const).map((name) => ({ name, label: regionFieldText[name].label, guidance: "", value: evaluation[name], group: "Regionen som helhet" })),
    ...region.goals.flatMap((g) => g.measures.flatMap((m) => (["effect", "process", "structure"] as const).map((dim) => ({
      name: `${m.id}:${dim}`, label: dimensionText[dim].label, guidance: "", value: evaluation.measures.find((x) => x.measureId === m.id)?.[dim] ?? "", group: `Mål ${g.number}, tiltak ${m.number}: ${m.title}`,
    })))),
  ];
  return (
    <article className="space-y-6 print-report">
      <header className="space-y-1">
        <h1 className="ds-heading" data-size="lg">Evaluering {year}: kompetanseregion {region.name}</h1>
        <p>{region.county.forumName}. Frist {formatDate(deadline)}. Status: {evaluation.status === "ACCEPTED" ? "godkjent" : evaluation.status === "SUBMITTED" ? "levert" : evaluation.status === "RETURNED" ? "sendt tilbake" : "utkast"}.</p>
        <p className="print:hidden"><PrintButton /></p>
      </header>
      <section aria-labelledby="statushistorikk">
        <h2 id="statushistorikk" className="ds-heading" data-size="xs">Statushistorikk</h2>
        <ul className="prose-list">{history.map((h) => <li key={String(h.id)}>{formatDateTime(h.at)}: {evaluationEventLabel[h.action] ?? h.action} ({h.actor?.name ?? "ukjent"})</li>)}</ul>
      </section>
      <ReportBody fields={fields} />
    </article>
  );
}
