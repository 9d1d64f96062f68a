import type { Metadata } from "next";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableScroll } from "@/components/table-scroll";
import { formatKronerInput, formatNok } from "@/domain/money";
import { formatDate, formatDateTime } from "@/lib/format";
import { budgetProblemText, planChangeText } from "@/lib/messages/plans";
import { getTranslations } from "next-intl/server";
import { msg } from "@/i18n/server-text";
import { requirePageUser } from "@/server/auth/session";
import { getPlanPage, type PlanPage } from "@/server/plans/queries";
import { ConfirmForm } from "@/components/form-parts";
import { adoptPlanAction, removeGoalAction, removeMeasureAction } from "@/server/plans/actions";
import { AdoptByCaseForm } from "@/components/adopt-by-case-form";
import { GoalForm } from "./_components/goal-forms";
import { MeasureForm, type MeasureOptions } from "./_components/measure-form";
import { LazyDetails } from "@/components/lazy-details";

type Props = { params: Promise<{ fylke: string; region: string }>; searchParams: Promise<{ periode?: string | string[]; ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.page"))("metaTitle") };
}



async function BudgetOverview({ data }: { data: PlanPage }) {
  const t = await getTranslations("plans.page");
  return (
    <TableScroll label={t("overviewCaption")}>
      <table className="ds-table" data-border="true">
        <caption className="text-left font-semibold pb-2">{t("overviewCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("year")}</th><th scope="col" className="text-right">{t("allocated")}</th><th scope="col" className="text-right">{t("plannedNetwork")}</th>
            <th scope="col" className="text-right">{t("left")}</th><th scope="col" className="text-right">{t("plannedUh")}</th><th scope="col" className="text-right">{t("plannedCoFinancing")}</th>
          </tr>
        </thead>
        <tbody>
          {data.years.map((y) => {
            const limit = data.limits.get(y) ?? null;
            const total = data.totals.get(y);
            const planned = total?.networkOre ?? 0n;
            return (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td className="text-right tabular-nums">{limit === null ? t("noAllocation") : formatNok(limit)}</td>
                <td className="text-right tabular-nums">{formatNok(planned)}</td>
                <td className="text-right tabular-nums">{limit === null ? "–" : formatNok(limit - planned)}</td>
                <td className="text-right tabular-nums">{formatNok(total?.uhOre ?? 0n)}</td>
                <td className="text-right tabular-nums">{formatNok(total?.coFinancingOre ?? 0n)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

async function OwnerShares({ data }: { data: PlanPage }) {
  const t = await getTranslations("plans.page");
  const years = data.ownerShares.filter((y) => y.shares.length > 0);
  if (years.length === 0) return null;
  const name = new Map(data.owners.map((o) => [o.id, o.name]));
  return (
    <section aria-labelledby="egenandel" className="space-y-3">
      <h2 id="egenandel" className="ds-heading" data-size="sm">{t("ownersHeading")}</h2>
      <p className="ds-paragraph">{t("ownersIntro")}</p>
      {years.map(({ year, shares }) => (
        <TableScroll key={year} label={t("ownersCaption", { year: String(year) })}>
          <table className="ds-table" data-border="true" data-size="sm">
            <caption className="text-left font-semibold pb-2">{t("ownersCaption", { year: String(year) })}</caption>
            <thead><tr><th scope="col">{t("owner")}</th><th scope="col" className="text-right">{t("stateMoney")}</th><th scope="col" className="text-right">{t("required")}</th></tr></thead>
            <tbody>
              {shares.map((s) => (
                <tr key={s.ownerId}><th scope="row" className="font-normal">{name.get(s.ownerId) ?? t("unknownOwner")}</th><td className="text-right tabular-nums">{formatNok(s.stateOre)}</td><td className="text-right tabular-nums">{formatNok(s.requiredOre)}</td></tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </section>
  );
}

export default async function PlanPageView({ params, searchParams }: Props) {
  const t = await getTranslations("plans.page");
  const { fylke, region: slug } = await params;
  const { periode, ordning } = await searchParams;
  const user = await requirePageUser(`/min-side/planer/${fylke}/${slug}`);
  const startYear = typeof periode === "string" && /^\d{4}$/.test(periode) ? Number(periode) : periode === undefined ? null : -1;
  const data = await getPlanPage(user, fylke, slug, startYear, new Date(), ordning);
  if (!data) notFound();
  const { region, period, plan, canEdit } = data;
  const crumbs = [{ href: "/min-side", label: msg("common.mySide") }];
  if (!period || !data.options) {
    return (
      <div className="space-y-6">
        <Breadcrumbs trail={crumbs} current={t("crumb", { region: region.name })} />
        <h1 className="ds-heading" data-size="lg">{t("crumb", { region: region.name })}</h1>
        <p className="ds-paragraph">{msg("plans.server.noPeriod")}</p>
      </div>
    );
  }
  const planVersion = plan?.version ?? 0;
  const options: MeasureOptions = { ...data.options, years: data.years, regionUhPartner: region.uhPartner };
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={crumbs} current={t("crumb", { region: region.name })} />
      <div className="space-y-2">
        <h1 className="ds-heading" data-size="lg">{t("heading", { region: region.name, period: period.name })}</h1>
        <SchemeNav path={`/min-side/planer/${fylke}/${slug}?periode=${period.startYear}`} schemes={data.schemes} current={data.scheme} problem={data.problem} />
        <p>
          <strong>{t("status")}:</strong> {plan ? msg(`plans.status.${plan.status}`) : t("notStarted")}
          {plan?.adoptedCase && <> {t("adoptedIn", { caseNumber: plan.adoptedCase.number, date: formatDate(plan.adoptedCase.meeting.startsAt) })} (<Link className="ds-link" href={`/moter/${plan.adoptedCase.meeting.id}`}>{t("meeting")}</Link>)</>}
        </p>
        {data.periods.length > 1 && (
          <nav aria-label={t("periodsNav")}>
            <ul className="flex flex-wrap gap-4">
              {data.periods.map((p) => (
                <li key={p.id}>{p.id === period.id ? <span aria-current="page" className="font-semibold">{p.name}</span> : <Link className="ds-link" href={`/min-side/planer/${fylke}/${slug}?periode=${p.startYear}${schemeQuery(data.scheme, data.schemes, "&")}`}>{p.name}</Link>}</li>
              ))}
            </ul>
          </nav>
        )}
        {plan?.status === "ADOPTED" && <p><Link className="ds-link" href={`/fylker/${region.county.slug}/regioner/${region.slug}`}>{t("publicLink")}</Link></p>}
      </div>

      {data.problems.length > 0 && (
        <div className="ds-alert" data-color="warning">
          <h2 className="ds-heading" data-size="2xs">{t("overHeading")}</h2>
          <ul className="prose-list mt-2">{data.problems.map((p) => <li key={p.year}>{budgetProblemText(p)}</li>)}</ul>
          <p className="mt-2">{t("overHelp")}</p>
        </div>
      )}

      <BudgetOverview data={data} />

      <section aria-labelledby="mal" className="space-y-6">
        <h2 id="mal" className="ds-heading" data-size="md">{t("goalsHeading")}</h2>
        {!plan?.goals.length && <p>{canEdit ? t("emptyEditor") : t("empty")}</p>}
        {plan?.goals.map((g) => (
          <article key={g.id} aria-labelledby={`goal-${g.id}`} className="space-y-4 border-l-4 border-[var(--ds-color-neutral-border-subtle)] pl-4">
            <h3 id={`goal-${g.id}`} className="ds-heading" data-size="sm">{t("goal", { n: g.number })}: {g.title}</h3>
            {canEdit && (
              <details>
                <summary className="ds-link cursor-pointer">{t("editGoal", { n: g.number })}</summary>
                <div className="mt-3 space-y-3">
                  <GoalForm regionId={region.id} periodId={period.id} schemeId={data.scheme?.id ?? ""} planVersion={planVersion} goal={{ id: g.id, number: g.number, title: g.title }} />
                  {g.measures.length === 0 && (
                    <ConfirmForm action={removeGoalAction} fields={{ goalId: g.id, planVersion }} variant="tertiary" size="sm" question={t("removeGoalQuestion", { label: t("goal", { n: g.number }) })} confirm={t("removeConfirm")}>
                      {t("removeGoal")} <span className="sr-only">{t("goal", { n: g.number })}</span>
                    </ConfirmForm>
                  )}
                </div>
              </details>
            )}
            {g.measures.map((m) => {
              const label = t("measure", { goal: g.number, n: m.number });
              return (
                <section key={m.id} aria-labelledby={`measure-${m.id}`} className="ds-card space-y-2">
                  <h4 id={`measure-${m.id}`} className="ds-heading" data-size="xs">{label}: {m.title}</h4>
                  <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-semibold">{t("years")}</dt><dd>{m.startYear && m.endYear ? `${m.startYear}–${m.endYear}` : t("notGiven")}</dd>
                    <dt className="font-semibold">{t("areas")}</dt><dd>{m.priorityAreas.map((a) => a.title).join("; ") || t("notGiven")}</dd>
                    <dt className="font-semibold">{t("target")}</dt><dd>{[m.network?.name, ...m.schools.map((s) => s.name)].filter(Boolean).join(", ") || t("notGiven")}</dd>
                    <dt className="font-semibold">{t("responsible")}</dt><dd>{m.responsible ?? t("notGiven")}</dd>
                    <dt className="font-semibold">{t("uhPartner")}</dt><dd>{m.uhPartner ?? t("notGiven")}</dd>
                  </dl>
                  {m.budgets.length > 0 && (
                    <TableScroll label={t("budgetOf", { label: label.toLowerCase() })}>
                      <table className="ds-table" data-size="sm">
                        <caption className="text-left font-semibold">{t("budgetOf", { label: label.toLowerCase() })}</caption>
                        <thead><tr><th scope="col">{t("year")}</th><th scope="col" className="text-right">{t("network")}</th><th scope="col" className="text-right">{t("uh")}</th><th scope="col" className="text-right">{t("coFinancing")}</th></tr></thead>
                        <tbody>
                          {m.budgets.map((b) => (
                            <tr key={b.year}><th scope="row">{b.year}</th><td className="text-right tabular-nums">{formatNok(b.networkOre)}</td><td className="text-right tabular-nums">{formatNok(b.uhOre)}</td><td className="text-right tabular-nums">{formatNok(b.coFinancingOre)}</td></tr>
                          ))}
                        </tbody>
                      </table>
                    </TableScroll>
                  )}
                  {canEdit && (
                    <>
                      <LazyDetails summary={t("editMeasure", { label: label.toLowerCase() })}>
                        <MeasureForm goalId={g.id} planVersion={planVersion} options={options} measure={{
                          id: m.id, number: m.number, title: m.title, responsible: m.responsible, uhPartner: m.uhPartner, startYear: m.startYear, endYear: m.endYear,
                          networkId: m.network?.id ?? null, schoolIds: m.schools.map((s) => s.id), priorityAreaIds: m.priorityAreas.map((a) => a.id),
                          budgets: m.budgets.map((b) => ({ year: b.year, network: formatKronerInput(b.networkOre), uh: formatKronerInput(b.uhOre), coFinancing: formatKronerInput(b.coFinancingOre) })),
                        }} />
                      </LazyDetails>
                      <ConfirmForm action={removeMeasureAction} fields={{ measureId: m.id, planVersion }} variant="tertiary" size="sm" question={t("removeMeasureQuestion", { label })} confirm={t("removeConfirm")}>
                        {t("removeMeasure")} <span className="sr-only">{label}</span>
                      </ConfirmForm>
                    </>
                  )}
                </section>
              );
            })}
            {canEdit && (
              <LazyDetails summary={t("addMeasureUnder", { n: g.number })}>
                <MeasureForm goalId={g.id} planVersion={planVersion} options={options} />
              </LazyDetails>
            )}
          </article>
        ))}
        {canEdit && (
          <section aria-labelledby="nytt-mal" className="space-y-2">
            <h3 id="nytt-mal" className="ds-heading" data-size="xs">{t("addGoalHeading")}</h3>
            <GoalForm regionId={region.id} periodId={period.id} schemeId={data.scheme?.id ?? ""} planVersion={planVersion} />
          </section>
        )}
      </section>

      <OwnerShares data={data} />

      {plan && data.canAdopt && (
        <section aria-labelledby="vedtak" className="space-y-3">
          <h2 id="vedtak" className="ds-heading" data-size="md">{t("adoptHeading")}</h2>
          {plan.status === "DRAFT" && <p className="ds-paragraph">{t("adoptIntro")}</p>}
          <AdoptByCaseForm action={adoptPlanAction} fields={{ planId: plan.id, planVersion }} cases={data.cases}
            adopted={plan.status === "ADOPTED" ? t("adoptedLine", { status: msg("plans.status.ADOPTED"), adoptedIn: plan.adoptedCase ? t("adoptedIn", { caseNumber: plan.adoptedCase.number, date: formatDate(plan.adoptedCase.meeting.startsAt) }) : "none" }) : null}
            text={{ label: t("adoptingCase"), button: t("adopt"), noCases: t("noDecidedCases") }} />
        </section>
      )}

      {data.revisions.length > 0 && (
        <section aria-labelledby="versjoner" className="space-y-3">
          <h2 id="versjoner" className="ds-heading" data-size="md">{t("revisionsHeading")}</h2>
          <ol className="space-y-3">
            {[...data.revisions].reverse().map((r) => (
              <li key={r.number}>
                <p className="font-semibold">{t("revision", { n: r.number })}: {formatDateTime(r.createdAt)}, {r.by}</p>
                {r.number === 1 ? <p>{t("firstRevision")}</p> : r.changes.length ? (
                  <ul className="prose-list">{r.changes.map((c, i) => <li key={i}>{planChangeText(c)}</li>)}</ul>
                ) : <p>{t("noVisibleChange")}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
