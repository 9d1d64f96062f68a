import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatNok } from "@/domain/money";
import { requirePageUser } from "@/server/auth/session";
import { getAllocationOverview } from "@/server/allocations/queries";
import { getCountyNames } from "@/server/structure/queries";
import { TableScroll } from "@/components/table-scroll";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";

type Props = { params: Promise<{ fylke: string }>; searchParams: Promise<{ ordning?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const county = await getCountyNames((await params).fylke);
  const t = await getTranslations("allocations");
  return { title: county ? t("countyTitle", { county: county.name }) : t("title") };
}

export default async function AllocationsPage({ params, searchParams }: Props) {
  const { fylke } = await params;
  const { ordning } = await searchParams;
  const user = await requirePageUser(`/min-side/tildelinger/${fylke}`);
  const data = await getAllocationOverview(user, fylke, ordning);
  if (!data) notFound();
  const q = schemeQuery(data.scheme, data.schemes);
  const t = await getTranslations("allocations");
  const status = await getTranslations("allocationStatus");
  return (
    <div className="space-y-6">
      <h1 className="ds-heading" data-size="lg">{t("countyHeading", { county: data.county.name })}</h1>
      <SchemeNav path={`/min-side/tildelinger/${fylke}`} schemes={data.schemes} current={data.scheme} problem={data.problem} />
      <p className="ds-paragraph">{t("countyIntro")}</p>
      <TableScroll label={t("yearsLabel")}>
        <table className="ds-table" data-border="true">
          <caption className="sr-only">{t("yearsCaption")}</caption>
          <thead><tr><th scope="col">{t("colYear")}</th><th scope="col" className="text-right">{t("colGrant")}</th><th scope="col">{t("colStatus")}</th></tr></thead>
          <tbody>
            {data.years.map(({ year, grant }) => {
              const counts = new Map<string, number>();
              for (const a of grant?.allocations ?? []) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
              return (
                <tr key={year}>
                  <th scope="row" className="font-normal"><Link className="ds-link" href={`/min-side/tildelinger/${fylke}/${year}${q}`}>{year}</Link></th>
                  <td className="text-right tabular-nums">{grant ? formatNok(grant.amountOre) : t("notRecorded")}</td>
                  <td>{[...counts].map(([s, n]) => `${n} ${status(s as "DRAFT").toLowerCase()}`).join(", ") || "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
