import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { amountDue, formatMillionths, shareOfKey, splitGrant } from "@/domain/allocation";
import { formatBasisPoints, formatNok } from "@/domain/money";
import { SplitBar } from "@/components/split-bar";
import { AllocationStatusTag } from "@/components/status-tag";
import { TableScroll } from "@/components/table-scroll";
import { formatDate, formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getAllocationYear } from "@/server/allocations/queries";
import { AllocationActions, ApproveAll } from "./_components/allocation-actions";
import { GrantForm } from "./_components/grant-form";
import { budgetYear } from "@/lib/budget-year";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";

type Props = { params: Promise<{ fylke: string; year: string }>; searchParams: Promise<{ ordning?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("allocations"))("yearTitle", { year: (await params).year }) };
}

const kroner = (ore: bigint) => formatNok(ore).replace(/\u00a0kr$/, "").replace(/\u00a0/g, " ");
const percentInput = (bp: number) => formatBasisPoints(bp).replace(/\u00a0%$/, "");

export default async function AllocationYearPage({ params, searchParams }: Props) {
  const { fylke, year: y } = await params;
  const { ordning } = await searchParams;
  const year = budgetYear(y);
  const user = await requirePageUser(`/min-side/tildelinger/${fylke}/${y}`);
  if (year === null) notFound();
  const data = await getAllocationYear(user, fylke, year, ordning);
  if (!data || (!data.period && !data.problem)) notFound();
  const { county, period, key, grant, canManage, scheme, schemes } = data;
  const q = schemeQuery(scheme, schemes);
  const pots = grant && splitGrant(grant.amountOre, grant.networkShareBasisPoints);
  const keyShare = (regionId: string) => shareOfKey(key?.shares.find((s) => s.regionId === regionId)?.weight ?? 0, key?.shares ?? []);
  const waiting = grant?.allocations.filter((a) => a.status === "DRAFT" || a.status === "NEEDS_REAPPROVAL") ?? [];
  const today = new Date().toISOString().slice(0, 10);
  const t = await getTranslations("allocations");
  const common = await getTranslations("common");
  return (
    <div className="space-y-8">
      <nav aria-label={common("breadcrumbs")} className="text-sm">
        <ol className="flex gap-2">
          <li><Link className="ds-link" href="/min-side">{common("mySide")}</Link> /</li>
          <li><Link className="ds-link" href={`/min-side/tildelinger/${fylke}${q}`}>{t("title")}</Link> /</li>
          <li aria-current="page">{year}</li>
        </ol>
      </nav>
      <div>
        <h1 className="ds-heading" data-size="lg">{t("yearHeading", { year: String(year), county: county.name })}</h1>
        {period && (
          <p className="ds-paragraph mt-2">
            {t("periodKey", { period: period.name, key: key ? key.decisionRef : "none" })}{" "}
            {canManage && <Link className="ds-link" href={`/min-side/tildelinger/${fylke}/nokkel?periode=${period.id}${schemeQuery(scheme, schemes, "&")}`}>{t("changeKey")}</Link>}
          </p>
        )}
      </div>
      <SchemeNav path={`/min-side/tildelinger/${fylke}/${year}`} schemes={schemes} current={scheme} problem={data.problem} />

      {grant && pots && (
        <section aria-labelledby="fordeling" className="space-y-3">
          <h2 id="fordeling" className="ds-heading" data-size="md">{t("splitHeading", { amount: formatNok(grant.amountOre) })}</h2>
          <p className="ds-paragraph">
            {t("letter", {
              ref: grant.letterRef, date: formatDate(grant.receivedOn), share: formatBasisPoints(grant.networkShareBasisPoints),
              agreement: grant.agreement ? `${grant.agreement.agreedBy}, ${formatDate(grant.agreement.agreedOn)}, ${grant.agreement.decisionRef}` : "none",
            })}
          </p>
          <SplitBar caption={t("splitCaption", { year: String(year) })} parts={[
            { label: t("partNetworks"), ore: pots.networkOre, color: "var(--ds-color-accent-base-default)", share: grant.networkShareBasisPoints },
            { label: t("partUh"), ore: pots.uhOre, color: "var(--ds-color-success-base-default)", share: 10_000 - grant.networkShareBasisPoints },
          ]} />
        </section>
      )}

      {grant && (
        <section aria-labelledby="regioner" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="regioner" className="ds-heading" data-size="md">{t("regionsHeading")}</h2>
            <a className="ds-link" href={`/min-side/tildelinger/${fylke}/${year}/csv${q}`} download>{t("csv")}</a>
          </div>
          {canManage && <ApproveAll grantId={grant.id} year={year} items={waiting.map((a) => `${a.id}:${a.version}`)} />}
          <TableScroll label={t("tableLabel", { year: String(year) })}>
            <table className="ds-table" data-border="true">
              <caption className="sr-only">{t("tableCaption", { year: String(year) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("colRegion")}</th>
                  <th scope="col" className="text-right">{t("colKey")}</th>
                  <th scope="col" className="text-right">{t("colNetwork")}</th>
                  <th scope="col" className="text-right">{t("colUh")}</th>
                  <th scope="col">{t("colStatus")}</th>
                  {canManage && <th scope="col">{t("colDecision")}</th>}
                </tr>
              </thead>
              <tbody>
                {grant.allocations.map((a) => {
                  const paid = a.payouts.reduce((s, p) => s + p.amountOre, 0n);
                  return (
                    <tr key={a.id}>
                      <th scope="row" className="font-normal">
                        <Link className="ds-link" href={`/min-side/tildelinger/${fylke}/${year}/${a.region.slug}${q}`}>{a.region.name}</Link>
                      </th>
                      <td className="text-right tabular-nums">{formatMillionths(keyShare(a.regionId))}</td>
                      <td className="text-right tabular-nums">
                        {a.approvedNetworkOre !== null && <span className="block text-sm line-through" aria-label={t("approvedBeforeLabel", { amount: formatNok(a.approvedNetworkOre) })}>{formatNok(a.approvedNetworkOre)}</span>}
                        {formatNok(a.networkOre)}
                      </td>
                      <td className="text-right tabular-nums">
                        {a.approvedUhOre !== null && <span className="block text-sm line-through" aria-label={t("approvedBeforeLabel", { amount: formatNok(a.approvedUhOre) })}>{formatNok(a.approvedUhOre)}</span>}
                        {formatNok(a.uhOre)}
                      </td>
                      <td>
                        <AllocationStatusTag status={a.status} />
                        {/* Who decided, only while that decision stands: a changed allocation was not changed by her. */}
                        {a.decidedBy && a.decidedAt && a.status !== "NEEDS_REAPPROVAL" && <span className="block text-sm">{a.decidedBy.name}, {formatDateTime(a.decidedAt)}</span>}
                        {a.decidedBy && a.decidedAt && a.status === "NEEDS_REAPPROVAL" && <span className="block text-sm">{t("approvedBefore", { name: a.decidedBy.name, at: formatDateTime(a.decidedAt) })}</span>}
                        {a.rejectionReason && <span className="block text-sm">{t("reason", { reason: a.rejectionReason })}</span>}
                        {paid > 0n && <span className="block text-sm">{t("paid", { amount: formatNok(paid) })}</span>}
                      </td>
                      {canManage && (
                        <td>
                          <AllocationActions today={today} row={{ id: a.id, version: a.version, region: a.region.name, status: a.status, year, paidInFull: amountDue(a, a.payouts.map((p) => p.amountOre)) <= 0n }} />
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}

      {canManage && scheme && (
        <section aria-labelledby="tilskudd" className="space-y-3">
          <h2 id="tilskudd" className="ds-heading" data-size="md">{grant ? t("grantChange") : t("grantRecord")}</h2>
          {grant && (
            <p className="ds-paragraph">{t("grantChangeHelp")}</p>
          )}
          <GrantForm
            countyId={county.id} schemeId={scheme.id} year={year} version={grant?.version ?? 0} maxShare={percentInput(county.networkShareBasisPoints)}
            initial={{
              amount: grant ? kroner(grant.amountOre) : "",
              receivedOn: grant ? grant.receivedOn.toISOString().slice(0, 10) : "",
              letterRef: grant?.letterRef ?? "",
              networkShare: percentInput(grant?.networkShareBasisPoints ?? county.networkShareBasisPoints),
              agreedBy: grant?.agreement?.agreedBy ?? "",
              agreedOn: grant?.agreement ? grant.agreement.agreedOn.toISOString().slice(0, 10) : "",
              agreementRef: grant?.agreement?.decisionRef ?? "",
            }}
          />
        </section>
      )}
      {!grant && !canManage && <p className="ds-paragraph">{t("noGrant", { year: String(year) })}</p>}
    </div>
  );
}
