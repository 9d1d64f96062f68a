import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatKronerInput, formatNok } from "@/domain/money";
import { AllocationStatusTag } from "@/components/status-tag";
import { formatDate, formatDateTime } from "@/lib/format";
import { msg } from "@/i18n/server-text";
import { requirePageUser } from "@/server/auth/session";
import { getRegionAllocation } from "@/server/allocations/queries";
import { CoFinancingForm } from "./_components/co-financing-form";
import { CoFinancingEntryForms } from "./_components/co-financing-entry";
import { allocationLimit } from "@/domain/plan";
import { budgetYear } from "@/lib/budget-year";
import { TableScroll } from "@/components/table-scroll";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";

type Props = { params: Promise<{ fylke: string; year: string; region: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("allocations"))("regionTitle") };
}

const EVENTS = ["allocation.create", "allocation.recalculate", "allocation.approve", "allocation.reject", "allocation.reopen", "allocation.payout"] as const;
const eventText = (action: string) =>
  (EVENTS as readonly string[]).includes(action) ? msg(`allocations.event.${action as (typeof EVENTS)[number]}`) : action;

type Snapshot = { status?: "DRAFT" | "APPROVED" | "REJECTED" | "NEEDS_REAPPROVAL"; networkOre?: string; uhOre?: string; rejectionReason?: string | null; amountOre?: string; reference?: string };
const describe = (v: unknown) => {
  const s = (v ?? {}) as Snapshot;
  return [
    s.status && msg(`allocationStatus.${s.status}`),
    s.networkOre && msg("allocations.snapshot.network", { amount: formatNok(BigInt(s.networkOre)) }),
    s.uhOre && msg("allocations.snapshot.uh", { amount: formatNok(BigInt(s.uhOre)) }),
    s.amountOre && msg("allocations.snapshot.payout", { amount: formatNok(BigInt(s.amountOre)), ref: s.reference ?? "" }),
    s.rejectionReason && msg("allocations.snapshot.reason", { reason: s.rejectionReason }),
  ].filter(Boolean).join(", ");
};

export default async function RegionAllocationPage({ params, searchParams }: Props) {
  const { fylke, year: y, region: slug } = await params;
  const { ordning } = await searchParams;
  const year = budgetYear(y);
  const user = await requirePageUser(`/min-side/tildelinger/${fylke}/${y}/${slug}`);
  if (year === null) notFound();
  const data = await getRegionAllocation(user, fylke, slug, year, ordning);
  if (!data) notFound();
  const { scheme, schemes, region, allocation, history, coFinancing, coFinancingSummary, recordableOwnerIds, plannedNetworkOre } = data;
  const limit = allocationLimit(allocation ?? undefined);
  const missing = coFinancingSummary.requiredOre - coFinancingSummary.registeredOre;
  const t = await getTranslations("allocations");
  const common = await getTranslations("common");
  const forms = await getTranslations("allocationForms");
  return (
    <div className="space-y-8">
      <nav aria-label={common("breadcrumbs")} className="text-sm">
        <ol className="flex gap-2">
          <li><Link className="ds-link" href="/min-side">{common("mySide")}</Link> /</li>
          <li><Link className="ds-link" href={`/min-side/tildelinger/${fylke}/${year}${schemeQuery(scheme, schemes)}`}>{t("yearTitle", { year: String(year) })}</Link> /</li>
          <li aria-current="page">{region.name}</li>
        </ol>
      </nav>
      <h1 className="ds-heading" data-size="lg">{t("regionHeading", { region: region.name, year: String(year) })}</h1>
      <SchemeNav path={`/min-side/tildelinger/${fylke}/${year}/${slug}`} schemes={schemes} current={scheme} problem={data.problem} />
      {allocation ? (
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("colStatus")}</dt><dd><AllocationStatusTag status={allocation.status} /></dd>
          <dt className="font-semibold">{t("toNetworks")}</dt><dd className="tabular-nums">{formatNok(allocation.networkOre)}{allocation.approvedNetworkOre !== null && t("approvedBeforeShort", { amount: formatNok(allocation.approvedNetworkOre) })}</dd>
          <dt className="font-semibold">{t("toUh")}</dt><dd className="tabular-nums">{formatNok(allocation.uhOre)}{allocation.approvedUhOre !== null && t("approvedBeforeShort", { amount: formatNok(allocation.approvedUhOre) })}</dd>
          {allocation.decidedBy && allocation.decidedAt && (<><dt className="font-semibold">{t("lastDecided")}</dt><dd>{t(allocation.status === "NEEDS_REAPPROVAL" ? "approvedBefore" : "decidedBy", { name: allocation.decidedBy.name, at: formatDateTime(allocation.decidedAt) })}</dd></>)}
          {allocation.rejectionReason && (<><dt className="font-semibold">{t("reasonLabel")}</dt><dd>{allocation.rejectionReason}</dd></>)}
          <dt className="font-semibold">{t("paidLabel")}</dt>
          <dd>{allocation.payouts.length ? allocation.payouts.map((p) => t("payout", { amount: formatNok(p.amountOre), date: formatDate(p.paidOn), ref: p.reference })).join("; ") : t("notPaid")}</dd>
        </dl>
      ) : (
        <p className="ds-paragraph">{t("noAllocation", { year: String(year) })}</p>
      )}
      {plannedNetworkOre > 0n && (
        limit !== null && plannedNetworkOre > limit
          ? <div className="ds-alert" data-color="warning">{t("planOver", { planned: formatNok(plannedNetworkOre), allocated: formatNok(limit) })}</div>
          : <p className="ds-paragraph">{t("plannedInPlan", { amount: formatNok(plannedNetworkOre) })} <Link className="ds-link" href={`/min-side/planer/${fylke}/${slug}`}>{t("planLink")}</Link></p>
      )}

      <section aria-labelledby="egenandel" className="space-y-3">
        <h2 id="egenandel" className="ds-heading" data-size="md">{t("coFinancingHeading")}</h2>
        <p className="ds-paragraph">
          {t("coFinancingIntro", { year: String(year), required: formatNok(coFinancingSummary.requiredOre), registered: formatNok(coFinancingSummary.registeredOre) })}
        </p>
        {missing > 0n ? (
          <div className="ds-alert" data-color="warning">{t("coFinancingMissing", { amount: formatNok(missing) })}</div>
        ) : (
          allocation && <div className="ds-alert" data-color="success">{t("coFinancingCovered")}</div>
        )}
        <TableScroll label={t("coFinancingLabel")}>
          <table className="ds-table" data-border="true">
            <caption className="sr-only">{t("coFinancingCaption", { year: String(year) })}</caption>
            <thead><tr><th scope="col">{t("colOwner")}</th><th scope="col">{t("colKind")}</th><th scope="col">{t("colDescription")}</th><th scope="col" className="text-right">{t("colAmount")}</th>{recordableOwnerIds.length > 0 && <th scope="col">{t("colChange")}</th>}</tr></thead>
            <tbody>
              {region.owners.map((o) => {
                const rows = coFinancing.filter((c) => c.schoolOwnerId === o.id);
                const editable = recordableOwnerIds.includes(o.id);
                if (rows.length === 0) return <tr key={o.id}><th scope="row" className="font-normal">{o.name}</th><td colSpan={recordableOwnerIds.length > 0 ? 4 : 3}><strong>{t("missing")}</strong></td></tr>;
                return rows.map((c, i) => (
                  <tr key={c.id}>
                    <th scope="row" className="font-normal">{i === 0 ? o.name : <span className="sr-only">{o.name}</span>}</th>
                    <td>{forms(`kind.${c.kind}`)}</td>
                    <td>{c.description}{c.withdrawnAt && <span className="block text-sm">{t("withdrawnNote", { by: c.withdrawnBy?.name ?? "", at: formatDateTime(c.withdrawnAt), reason: c.withdrawReason ?? "" })}</span>}</td>
                    <td className="text-right tabular-nums">{c.withdrawnAt ? <del>{formatNok(c.amountOre)}</del> : formatNok(c.amountOre)}</td>
                    {recordableOwnerIds.length > 0 && <td>{editable && !c.withdrawnAt && <CoFinancingEntryForms entry={{ id: c.id, version: c.version, kind: c.kind, amount: formatKronerInput(c.amountOre), description: c.description, owner: o.name }} />}</td>}
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </TableScroll>
        {recordableOwnerIds.length > 0 && scheme && (
          <CoFinancingForm year={year} schemeId={scheme.id} owners={region.owners.filter((o) => recordableOwnerIds.includes(o.id)).map((o) => ({ id: o.id, name: o.name }))} />
        )}
      </section>

      {history.length > 0 && (
        <section aria-labelledby="historikk" className="space-y-3">
          <h2 id="historikk" className="ds-heading" data-size="md">{t("historyHeading")}</h2>
          <TableScroll label={t("historyLabel")}>
            <table className="ds-table" data-border="true">
              <caption className="sr-only">{t("historyCaption")}</caption>
              <thead><tr><th scope="col">{t("colTime")}</th><th scope="col">{t("colWho")}</th><th scope="col">{t("colEvent")}</th><th scope="col">{t("colBefore")}</th><th scope="col">{t("colAfter")}</th></tr></thead>
              <tbody>
                {history.map((h) => (
                  <tr key={String(h.id)}>
                    <td>{formatDateTime(h.at)}</td><td>{h.actor?.name ?? t("unknownActor")}</td><td>{eventText(h.action)}</td>
                    <td>{describe(h.before)}</td><td>{describe(h.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </div>
  );
}
