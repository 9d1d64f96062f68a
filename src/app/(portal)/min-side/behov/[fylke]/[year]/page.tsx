import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableScroll } from "@/components/table-scroll";
import { budgetYear } from "@/lib/budget-year";
import { formatDateTime } from "@/lib/format";
import { msg } from "@/i18n/server-text";
import { requirePageUser } from "@/server/auth/session";
import { getNeedsPage } from "@/server/needs/queries";
import { schemeName } from "@/lib/messages/schemes";
import { ConfirmForm } from "@/components/form-parts";
import { removeNeedsLineAction, submitNeedsAction } from "@/server/needs/actions";
import { NeedsExtensionForm, NeedsLineForm } from "./_components/needs-forms";

type Props = { params: Promise<{ fylke: string; year: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("needs.title") };
}


export default async function NeedsPage({ params, searchParams }: Props) {
  const t = await getTranslations("needs");
  const { fylke, year: y } = await params;
  const { ordning } = await searchParams;
  const user = await requirePageUser(`/min-side/behov/${fylke}/${y}`);
  const year = budgetYear(y);
  if (year === null) notFound();
  const data = await getNeedsPage(user, fylke, year, ordning);
  if (!data) notFound();
  const { county, mine, summary, scheme, schemes } = data;
  const schemeId = scheme?.id ?? "";
  const maxStaff = Math.max(1, ...(summary?.areas.map((a) => a.staff) ?? []));
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }]} current={t("heading", { county: county.name, year: String(year) })} />
      <div className="space-y-2">
        <h1 className="ds-heading" data-size="lg">{t("heading", { county: county.name, year: String(year) })}</h1>
        <SchemeNav path={`/min-side/behov/${fylke}/${year}`} schemes={schemes} current={scheme} problem={data.problem} />
        <p className="ds-paragraph">{t("intro", { from: String(year), to: String(year + 2), deadline: formatDateTime(data.baseDeadline) })}</p>
        <nav aria-label={t("rounds")}>
          <ul className="flex gap-4">
            {[year - 1, year + 1].map((r) => <li key={r}><Link className="ds-link" href={`/min-side/behov/${fylke}/${r}${schemeQuery(scheme, schemes)}`}>{t("title")} {r}</Link></li>)}
          </ul>
        </nav>
      </div>

      {mine.map(({ owner, report, deadline, areas }) => {
        const version = report?.version ?? 0;
        const open = (!report || report.status === "DRAFT");
        return (
          <section key={owner.id} aria-labelledby={`eier-${owner.id}`} className="space-y-4">
            <h2 id={`eier-${owner.id}`} className="ds-heading" data-size="md">{t("ownerHeading", { owner: owner.name })}</h2>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("status")}</dt>
              <dd>{report?.status === "SUBMITTED" && report.submittedAt ? t("sentAt", { at: formatDateTime(report.submittedAt), by: report.submittedBy?.name ?? "" }) : t("draft")}</dd>
              <dt className="font-semibold">{t("deadline")}</dt><dd>{formatDateTime(deadline)}</dd>
            </dl>
            {report?.lines.length ? (
              <TableScroll label={t("linesCaption", { owner: owner.name })}>
                <table className="ds-table" data-border="true">
                  <caption className="sr-only">{t("linesCaption", { owner: owner.name })}</caption>
                  <thead><tr><th scope="col">{t("area")}</th><th scope="col">{t("targetGroup")}</th><th scope="col" className="text-right">{t("staff")}</th><th scope="col">{t("kindLabel")}</th><th scope="col">{t("uh")}</th><th scope="col">{t("years")}</th>{open && <th scope="col"><span className="sr-only">{t("remove")}</span></th>}</tr></thead>
                  <tbody>
                    {report.lines.map((l) => (
                      <tr key={l.id}>
                        <th scope="row" className="font-normal">{l.priorityArea.title}</th><td>{l.targetGroup}</td><td className="text-right">{l.staffCount}</td>
                        <td>{msg(`needs.kind.${l.measureKind}`)}</td><td>{l.uhPartner ?? "–"}</td><td>{l.fromYear === l.toYear ? l.fromYear : `${l.fromYear}–${l.toYear}`}</td>
                        {open && (
                          <td>
                            <ConfirmForm action={removeNeedsLineAction} fields={{ lineId: l.id, version }} variant="tertiary" size="sm" question={t("removeQuestion", { area: l.priorityArea.title })} confirm={t("removeConfirm")}>
                              {t("remove")} <span className="sr-only">{l.priorityArea.title}</span>
                            </ConfirmForm>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : <p>{t("noLines")}</p>}
            {open && (
              <>
                <h3 className="ds-heading" data-size="xs">{t("addHeading")}</h3>
                <NeedsLineForm ownerId={owner.id} schemeId={schemeId} year={year} version={version} areas={areas} />
                {report && report.lines.length > 0 && (
                  <ConfirmForm action={submitNeedsAction} fields={{ schoolOwnerId: owner.id, schemeId, year, version }} question={t("submitQuestion")} confirm={t("submitConfirm")}>{t("submit")}</ConfirmForm>
                )}
              </>
            )}
          </section>
        );
      })}

      {summary && (
        <section aria-labelledby="oppsummering" className="space-y-4">
          <h2 id="oppsummering" className="ds-heading" data-size="md">{t("summaryHeading")}</h2>
          <p className="ds-paragraph">{t("summaryIntro")}</p>
          <TableScroll label={t("byRegionCaption", { year: String(year) })}>
            <table className="ds-table" data-border="true">
              <caption className="text-left font-semibold pb-2">{t("byRegionCaption", { year: String(year) })}</caption>
              <thead><tr><th scope="col">{t("region")}</th><th scope="col" className="text-right">{t("ownersSubmitted")}</th><th scope="col" className="text-right">{t("staffInNeed")}</th></tr></thead>
              <tbody>
                {summary.regions.map((r) => (
                  <tr key={r.id}><th scope="row" className="font-normal">{r.name}</th><td className="text-right">{r.owners} av {r.ownerCount}</td><td className="text-right">{r.staff}</td></tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {summary.areas.length > 0 && (
            <div className="grid gap-6 md:grid-cols-2 *:min-w-0">
              <figure className="space-y-2" aria-label={t("chartLabel", { year: String(year) })}>
                <div aria-hidden="true" className="space-y-2">
                  {summary.areas.map((a) => (
                    <div key={a.key}>
                      <div className="text-sm">{a.key}</div>
                      <div className="flex items-center gap-2">
                        <div className="h-5 rounded-sm" style={{ width: `${(a.staff / maxStaff) * 80}%`, background: "var(--ds-color-accent-base-default)" }} />
                        <span className="text-sm tabular-nums">{a.staff}</span>
                      </div>
                    </div>
                  ))}
                </div>
              </figure>
              <TableScroll label={t("byAreaCaption", { year: String(year) })}>
                <table className="ds-table" data-border="true" data-size="sm">
                  <caption className="text-left font-semibold pb-2">{t("byAreaCaption", { year: String(year) })}</caption>
                  <thead><tr><th scope="col">{t("area")}</th><th scope="col" className="text-right">{t("staffInNeed")}</th><th scope="col" className="text-right">{t("ownersNaming")}</th></tr></thead>
                  <tbody>
                    {summary.areas.map((a) => <tr key={a.key}><th scope="row" className="font-normal">{a.key}</th><td className="text-right">{a.staff}</td><td className="text-right">{a.owners}</td></tr>)}
                  </tbody>
                </table>
              </TableScroll>
            </div>
          )}
        </section>
      )}

      {data.extendable.length > 0 && data.scheme && (
        <section aria-labelledby="utsatt" className="space-y-3">
          <h2 id="utsatt" className="ds-heading" data-size="md">{t("extensionHeading", { scheme: schemeName(data.scheme.code) })}</h2>
          <NeedsExtensionForm year={year} schemeId={data.scheme.id} owners={data.extendable} />
        </section>
      )}
    </div>
  );
}
