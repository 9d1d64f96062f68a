import { allocationText } from "@/lib/messages/allocations";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatKronerInput, formatNok } from "@/domain/money";
import { AllocationStatusTag } from "@/components/status-tag";
import { formatDate, formatDateTime } from "@/lib/format";
import { allocationStatusLabel, coFinancingKindLabel } from "@/lib/messages";
import { requirePageUser } from "@/server/auth/session";
import { getRegionAllocation } from "@/server/allocations/queries";
import { CoFinancingForm } from "./_components/co-financing-form";
import { CoFinancingEntryForms } from "./_components/co-financing-entry";
import { allocationLimit } from "@/domain/plan";
import { coFinancingText } from "@/lib/messages/allocations";
import { planLinkText } from "@/lib/messages/plans";
import { budgetYear } from "@/lib/budget-year";
import { TableScroll } from "@/components/table-scroll";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";

type Props = { params: Promise<{ fylke: string; year: string; region: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export const metadata: Metadata = { title: "Tildeling til region" };

const ACTION: Record<string, string> = {
  "allocation.create": "Beregnet", "allocation.recalculate": "Beregnet på nytt", "allocation.approve": "Godkjent",
  "allocation.reject": "Avvist", "allocation.reopen": "Gjenåpnet", "allocation.payout": "Utbetaling registrert",
};

type Snapshot = { status?: keyof typeof allocationStatusLabel; networkOre?: string; uhOre?: string; rejectionReason?: string | null; amountOre?: string; reference?: string };
const describe = (v: unknown) => {
  const s = (v ?? {}) as Snapshot;
  return [
    s.status && allocationStatusLabel[s.status],
    s.networkOre && `nettverk ${formatNok(BigInt(s.networkOre))}`,
    s.uhOre && `UH ${formatNok(BigInt(s.uhOre))}`,
    s.amountOre && `${formatNok(BigInt(s.amountOre))} (${s.reference})`,
    s.rejectionReason && `begrunnelse: ${s.rejectionReason}`,
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
  return (
    <div className="space-y-8">
      <nav aria-label="Brødsmulesti" className="text-sm">
        <ol className="flex gap-2">
          <li><Link className="ds-link" href="/min-side">Min side</Link> /</li>
          <li><Link className="ds-link" href={`/min-side/tildelinger/${fylke}/${year}${schemeQuery(scheme, schemes)}`}>Tildeling {year}</Link> /</li>
          <li aria-current="page">{region.name}</li>
        </ol>
      </nav>
      <h1 className="ds-heading" data-size="lg">{region.name}: tildeling {year}</h1>
      <SchemeNav path={`/min-side/tildelinger/${fylke}/${year}/${slug}`} schemes={schemes} current={scheme} problem={data.problem} />
      {allocation ? (
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Status</dt><dd><AllocationStatusTag status={allocation.status} /></dd>
          <dt className="font-semibold">Til nettverkene</dt><dd className="tabular-nums">{formatNok(allocation.networkOre)}{allocation.approvedNetworkOre !== null && ` (godkjent før: ${formatNok(allocation.approvedNetworkOre)})`}</dd>
          <dt className="font-semibold">Til UH</dt><dd className="tabular-nums">{formatNok(allocation.uhOre)}{allocation.approvedUhOre !== null && ` (godkjent før: ${formatNok(allocation.approvedUhOre)})`}</dd>
          {allocation.decidedBy && allocation.decidedAt && (<><dt className="font-semibold">Sist behandlet</dt><dd>{allocation.status === "NEEDS_REAPPROVAL" ? allocationText.approvedBefore(allocation.decidedBy.name, formatDateTime(allocation.decidedAt)) : `${allocation.decidedBy.name}, ${formatDateTime(allocation.decidedAt)}`}</dd></>)}
          {allocation.rejectionReason && (<><dt className="font-semibold">Begrunnelse</dt><dd>{allocation.rejectionReason}</dd></>)}
          <dt className="font-semibold">Utbetalt</dt>
          <dd>{allocation.payouts.length ? allocation.payouts.map((p) => `${formatNok(p.amountOre)} ${formatDate(p.paidOn)} (${p.reference})`).join("; ") : "Ikke utbetalt"}</dd>
        </dl>
      ) : (
        <p className="ds-paragraph">Det er ikke registrert noen tildeling for {year}.</p>
      )}
      {plannedNetworkOre > 0n && (
        limit !== null && plannedNetworkOre > limit
          ? <div className="ds-alert" data-color="warning">{coFinancingText.planOver(formatNok(plannedNetworkOre), formatNok(limit))}</div>
          : <p className="ds-paragraph">{coFinancingText.plannedInPlan(formatNok(plannedNetworkOre))} <Link className="ds-link" href={`/min-side/planer/${fylke}/${slug}`}>{planLinkText}</Link></p>
      )}

      <section aria-labelledby="egenandel" className="space-y-3">
        <h2 id="egenandel" className="ds-heading" data-size="md">Egenandel (30 %)</h2>
        <p className="ds-paragraph">
          Skoleeierne skal selv bidra med 30 % av de statlige midlene de mottar, som penger, lønn eller frikjøp.
          For regionens nettverksmidler i {year} er kravet {formatNok(coFinancingSummary.requiredOre)}; registrert er {formatNok(coFinancingSummary.registeredOre)}.
        </p>
        {missing > 0n ? (
          <div className="ds-alert" data-color="warning">Det mangler {formatNok(missing)} i registrert egenandel.</div>
        ) : (
          allocation && <div className="ds-alert" data-color="success">Egenandelen er dekket.</div>
        )}
        <TableScroll label="Registrerte egenandeler">
          <table className="ds-table" data-border="true">
            <caption className="sr-only">Registrert egenandel per skoleeier {year}</caption>
            <thead><tr><th scope="col">Skoleeier</th><th scope="col">Form</th><th scope="col">Beskrivelse</th><th scope="col" className="text-right">Beløp</th>{recordableOwnerIds.length > 0 && <th scope="col">Endre</th>}</tr></thead>
            <tbody>
              {region.owners.map((o) => {
                const rows = coFinancing.filter((c) => c.schoolOwnerId === o.id);
                const editable = recordableOwnerIds.includes(o.id);
                if (rows.length === 0) return <tr key={o.id}><th scope="row" className="font-normal">{o.name}</th><td colSpan={recordableOwnerIds.length > 0 ? 4 : 3}><strong>Mangler</strong></td></tr>;
                return rows.map((c, i) => (
                  <tr key={c.id}>
                    <th scope="row" className="font-normal">{i === 0 ? o.name : <span className="sr-only">{o.name}</span>}</th>
                    <td>{coFinancingKindLabel[c.kind]}</td>
                    <td>{c.description}{c.withdrawnAt && <span className="block text-sm">{coFinancingText.withdrawnNote(c.withdrawnBy?.name ?? "", formatDateTime(c.withdrawnAt), c.withdrawReason ?? "")}</span>}</td>
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
          <h2 id="historikk" className="ds-heading" data-size="md">Historikk</h2>
          <TableScroll label="Endringer i tildelingen">
            <table className="ds-table" data-border="true">
              <caption className="sr-only">Endringer i tildelingen, nyeste først</caption>
              <thead><tr><th scope="col">Tidspunkt</th><th scope="col">Hvem</th><th scope="col">Hendelse</th><th scope="col">Før</th><th scope="col">Etter</th></tr></thead>
              <tbody>
                {history.map((h) => (
                  <tr key={String(h.id)}>
                    <td>{formatDateTime(h.at)}</td><td>{h.actor?.name ?? "Ukjent"}</td><td>{ACTION[h.action] ?? h.action}</td>
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
