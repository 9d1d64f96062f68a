import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isEditable, MAX_FIELD_CHARS } from "@/domain/evaluation";
import { dimensionText, evaluationEventLabel, regionFieldText, reportStatusLabel } from "@/lib/evaluation-text";
import { formatDate, formatDateTime, formatNok } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getEvaluationPage } from "@/server/evaluations/queries";
import { EvaluationEditor, PresenceNote, type EditorField } from "./_components/evaluation-editor";
import { ExtensionForm, ReviewForms, StartReport } from "./_components/review-forms";
import { ReportBody } from "@/components/report-body";
import { Attachments } from "@/components/attachments";
import { removeAttachmentAction, uploadAttachmentAction } from "@/server/evaluations/actions";
import { budgetYear } from "@/lib/budget-year";
import { deadlineNoticeText } from "@/lib/messages/evaluations";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";

type Props = { params: Promise<{ region: string; year: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluation"))("pageTitle") };
}


export default async function EvaluationPage({ params, searchParams }: Props) {
  const { region: slug, year: y } = await params;
  const { ordning } = await searchParams;
  const year = budgetYear(y);
  const user = await requirePageUser(`/min-side/evalueringer/${slug}/${y}`);
  if (year === null) notFound();
  const data = await getEvaluationPage(user, slug, year, new Date(), ordning);
  if (!data) notFound();
  const { scheme, schemes, region, evaluation, history, extension, deadline, notice, canEdit, canReview, allocation } = data;
  const t = await getTranslations("evaluation");
  const tc = await getTranslations("common");
  // The money used is reported against the allocation: show it beside the field.
  const allocated = allocation
    ? t("allocated", { year: String(year), network: formatNok(allocation.networkOre), uh: formatNok(allocation.uhOre), approved: String(allocation.status === "APPROVED") })
    : t("notAllocated", { year: String(year) });
  const measures = region.goals.flatMap((g) => g.measures.map((m) => ({ ...m, goal: g.number })));
  const fields: EditorField[] = evaluation ? [
    ...(["effect", "process", "structure", "moneyUse", "participation"] as const).map((name) => ({
      name, label: regionFieldText[name].label, guidance: regionFieldText[name].guidance + (name === "moneyUse" ? allocated : ""), value: evaluation[name], group: t("regionGroup"),
    })),
    ...measures.flatMap((m) => (["effect", "process", "structure"] as const).map((dim) => ({
      name: `measure:${m.id}:${dim}`, label: `${dimensionText[dim].label}`, guidance: dimensionText[dim].guidance,
      value: evaluation.measures.find((x) => x.measureId === m.id)?.[dim] ?? "", group: t("measureGroup", { goal: String(m.goal), measure: String(m.number), title: m.title }),
    }))),
  ] : [];
  return (
    <div className="space-y-6">
      <nav aria-label={tc("breadcrumbs")} className="text-sm">
        <ol className="flex gap-2"><li><Link className="ds-link" href={`/min-side/evalueringer${schemeQuery(scheme, schemes)}`}>{t("title")}</Link> /</li><li aria-current="page">{t("crumb", { region: region.name, year: String(year) })}</li></ol>
      </nav>
      <div>
        <h1 className="ds-heading" data-size="lg">{t("heading", { year: String(year), region: region.name })}</h1>
        <SchemeNav path={`/min-side/evalueringer/${slug}/${year}`} schemes={schemes} current={scheme} problem={data.problem} />
        <p className="ds-paragraph mt-2">
          {t.rich("statusLine", {
            status: evaluation ? reportStatusLabel[evaluation.status] : t("notStarted"), deadline: formatDate(deadline), extension: extension?.reason ?? "none",
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
          {evaluation && <> <Link className="ds-link" href={`/min-side/evalueringer/${slug}/${year}/utskrift${schemeQuery(scheme, schemes)}`}>{t("printLink")}</Link></>}
        </p>
        {notice?.code === "OVERDUE" && (
          <div className="ds-alert mt-3" data-color="danger" role="alert">
            {canEdit ? deadlineNoticeText.OVERDUE.writer(formatDate(deadline)) : canReview ? deadlineNoticeText.OVERDUE.reviewer(formatDate(deadline)) : deadlineNoticeText.OVERDUE.reader(formatDate(deadline))}
          </div>
        )}
        {notice?.code === "DUE_SOON" && (
          <div className="ds-alert mt-3" data-color="warning">{deadlineNoticeText.DUE_SOON.text(formatDate(deadline), notice.days)}</div>
        )}
        {evaluation?.status === "SUBMITTED" && evaluation.submittedAt && (
          <div className="ds-alert mt-3" data-color="success">
            {t("submittedAt", { at: formatDateTime(evaluation.submittedAt), late: String(evaluation.submittedLate) })}
          </div>
        )}
        {evaluation?.status === "ACCEPTED" && <div className="ds-alert mt-3" data-color="success">{t("acceptedNotice")}</div>}
        {evaluation?.status === "RETURNED" && evaluation.returnComment && (
          <div className="ds-alert mt-3" data-color="warning"><strong>{t("returnComment")}</strong> {evaluation.returnComment}</div>
        )}
      </div>
      {evaluation && <PresenceNote evaluationId={evaluation.id} />}
      {evaluation && canEdit && isEditable(evaluation.status) ? (
        <EvaluationEditor evaluationId={evaluation.id} version={evaluation.version} regionSlug={slug} year={year} fields={fields} maxChars={MAX_FIELD_CHARS} />
      ) : evaluation ? (
        <ReportBody fields={fields} />
      ) : canEdit && scheme ? (
        <StartReport regionId={region.id} schemeId={scheme.id} year={year} />
      ) : (
        <p className="ds-paragraph">{t("notBegun", { year: String(year) })}</p>
      )}
      {evaluation && (
        <Attachments id="vedlegg" title={t("attachmentsTitle")} hidden={{ evaluationId: evaluation.id, regionSlug: slug, year }} downloadBase="/min-side/evalueringer/vedlegg"
          editable={canEdit && isEditable(evaluation.status)} attachments={evaluation.attachments} upload={uploadAttachmentAction} remove={removeAttachmentAction} />
      )}
      {canReview && evaluation?.status === "SUBMITTED" && (
        <section aria-labelledby="behandling" className="space-y-3">
          <h2 id="behandling" className="ds-heading" data-size="md">{t("review")}</h2>
          <ReviewForms evaluationId={evaluation.id} version={evaluation.version} regionSlug={slug} year={year} />
        </section>
      )}
      {canReview && scheme && (!evaluation || isEditable(evaluation.status)) && <ExtensionForm regionId={region.id} schemeId={scheme.id} regionSlug={slug} year={year} />}
      {history.length > 0 && (
        <section aria-labelledby="historikk">
          <h2 id="historikk" className="ds-heading" data-size="sm">{t("history")}</h2>
          <ul className="prose-list mt-2">
            {history.map((h) => <li key={String(h.id)}>{t("historyLine", { at: formatDateTime(h.at), event: evaluationEventLabel[h.action] ?? h.action, actor: h.actor?.name ?? tc("unknownPerson") })}</li>)}
          </ul>
        </section>
      )}
    </div>
  );
}
