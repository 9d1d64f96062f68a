import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/request-locale";
import { ReportBody } from "@/components/report-body";
import { budgetYear } from "@/lib/budget-year";
import { dimensionText, regionFieldText } from "@/lib/evaluation-text";
import { getPublicEvaluation } from "@/server/openness/queries";

type Props = { params: Promise<{ fylke: string; region: string; year: string }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openness"))("evaluationMeta") };
}

/** An accepted evaluation, for everyone (offentleglova), unless the county holds it back with a reason. */
export default async function PublicEvaluationPage({ params }: Props) {
  const { fylke, region: slug, year: y } = await params;
  const year = budgetYear(y);
  if (year === null) notFound();
  const data = await getPublicEvaluation(fylke, slug, year);
  if (!data) notFound();
  const { region, evaluation, withheld } = data;
  await pageLocale(); // the evaluation's labels are the server's text
  const t = await getTranslations("openness");
  const fields = [
    ...(["effect", "process", "structure", "moneyUse", "participation"] as const).map((name) => ({ name, label: regionFieldText[name].label, value: evaluation[name], group: t("regionGroup") })),
    ...evaluation.measures.flatMap((m) => (["effect", "process", "structure"] as const).map((dim) => ({
      name: `${m.measureId}:${dim}`, label: dimensionText[dim].label, value: m[dim], group: t("measureGroup", { goal: String(m.measure.goal.number), measure: String(m.measure.number), title: m.measure.title }),
    }))),
  ];
  return (
    <article className="space-y-6">
      <h1 className="ds-heading" data-size="lg">{t("evaluationTitle", { region: region.name, year: String(year) })}</h1>
      {withheld ? <p className="ds-alert" data-color="info">{t("withheldNotice", { reason: withheld })}</p> : <ReportBody fields={fields} />}
    </article>
  );
}
