import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportBody } from "@/components/report-body";
import { budgetYear } from "@/lib/budget-year";
import { dimensionText, regionFieldText } from "@/lib/evaluation-text";
import { opennessText as t } from "@/lib/messages/openness";
import { getPublicEvaluation } from "@/server/openness/queries";

type Props = { params: Promise<{ fylke: string; region: string; year: string }> };
export const metadata: Metadata = { title: "Evaluering" };

/** An accepted evaluation, for everyone (offentleglova), unless the county holds it back with a reason. */
export default async function PublicEvaluationPage({ params }: Props) {
  const { fylke, region: slug, year: y } = await params;
  const year = budgetYear(y);
  if (year === null) notFound();
  const data = await getPublicEvaluation(fylke, slug, year);
  if (!data) notFound();
  const { region, evaluation, withheld } = data;
  const fields = [
    ...(["effect", "process", "structure", "moneyUse", "participation"] as const).map((name) => ({ name, label: regionFieldText[name].label, value: evaluation[name], group: "Regionen som helhet" })),
    ...evaluation.measures.flatMap((m) => (["effect", "process", "structure"] as const).map((dim) => ({
      name: `${m.measureId}:${dim}`, label: dimensionText[dim].label, value: m[dim], group: `Mål ${m.measure.goal.number}, tiltak ${m.measure.number}: ${m.measure.title}`,
    }))),
  ];
  return (
    <article className="space-y-6">
      <h1 className="ds-heading" data-size="lg">{t.evaluationTitle(region.name, year)}</h1>
      {withheld ? <p className="ds-alert" data-color="info">{t.publicNotice(withheld)}</p> : <ReportBody fields={fields} />}
    </article>
  );
}
