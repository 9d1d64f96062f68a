import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { dimensionText, evaluationEventLabel, regionFieldText } from "@/lib/evaluation-text";
import { formatDate, formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getEvaluationPage } from "@/server/evaluations/queries";
import { ReportBody } from "@/components/report-body";
import { PrintButton } from "./print-button";
import { budgetYear } from "@/lib/budget-year";

type Props = { params: Promise<{ region: string; year: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluation"))("printTitle") };
}

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
  const t = await getTranslations("evaluation");
  const tc = await getTranslations("common");
  const fields = [
    ...(["effect", "process", "structure", "moneyUse", "participation"] as const).map((name) => ({ name, label: regionFieldText[name].label, guidance: "", value: evaluation[name], group: t("regionGroup") })),
    ...region.goals.flatMap((g) => g.measures.flatMap((m) => (["effect", "process", "structure"] as const).map((dim) => ({
      name: `${m.id}:${dim}`, label: dimensionText[dim].label, guidance: "", value: evaluation.measures.find((x) => x.measureId === m.id)?.[dim] ?? "", group: t("measureGroup", { goal: String(g.number), measure: String(m.number), title: m.title }),
    })))),
  ];
  return (
    <article className="space-y-6 print-report">
      <header className="space-y-1">
        <h1 className="ds-heading" data-size="lg">{t("printHeading", { year: String(year), region: region.name })}</h1>
        <p>{t("printLine", { forum: region.county.forumName, deadline: formatDate(deadline), status: t(`printStatus.${evaluation.status}`) })}</p>
        <p className="print:hidden"><PrintButton /></p>
      </header>
      <section aria-labelledby="statushistorikk">
        <h2 id="statushistorikk" className="ds-heading" data-size="xs">{t("statusHistory")}</h2>
        <ul className="prose-list">{history.map((h) => <li key={String(h.id)}>{t("historyLine", { at: formatDateTime(h.at), event: evaluationEventLabel[h.action] ?? h.action, actor: h.actor?.name ?? tc("unknownPerson") })}</li>)}</ul>
      </section>
      <ReportBody fields={fields} />
    </article>
  );
}
