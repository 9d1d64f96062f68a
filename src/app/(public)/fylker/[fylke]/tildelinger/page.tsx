import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatBasisPoints, formatNok } from "@/domain/money";
import { TableScroll } from "@/components/table-scroll";
import { getPublishedAllocations } from "@/server/allocations/queries";
import { getCountyNames } from "@/server/structure/queries";
import { SchemeNav } from "@/components/scheme-nav";
import { schemeName } from "@/lib/messages/schemes";

type Props = { params: Promise<{ fylke: string }>; searchParams: Promise<{ ordning?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [county, t, c] = await Promise.all([getCountyNames((await params).fylke), getTranslations("publicAllocations"), getTranslations("county")]);
  return { title: county ? t("metaTitle", { county: county.name }) : c("notFound") };
}

export default async function PublishedAllocationsPage({ params, searchParams }: Props) {
  const { fylke } = await params;
  const data = await getPublishedAllocations(fylke, (await searchParams).ordning);
  if (!data) notFound();
  const t = await getTranslations("publicAllocations");
  const several = data.schemes.length > 1;
  const code = (schemeId: string) => data.schemes.find((s) => s.id === schemeId)?.code ?? schemeId;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="ds-heading" data-size="lg">{t("heading", { county: data.county.name })}</h1>
        <p className="ds-paragraph mt-2">{t("intro")}{several && ` ${t("perScheme")}`}</p>
      </div>
      <SchemeNav path={`/fylker/${fylke}/tildelinger`} schemes={data.schemes} current={data.scheme} all problem={data.problem} />
      {data.years.length === 0 && <p className="ds-paragraph">{t("none")}</p>}
      {data.years.map((y) => {
        const net = y.approved.reduce((a, r) => a + r.networkOre, 0n);
        const uh = y.approved.reduce((a, r) => a + r.uhOre, 0n);
        const title = several ? t("yearScheme", { year: String(y.year), scheme: schemeName(code(y.schemeId)) }) : String(y.year);
        const anchor = `ar-${y.year}-${code(y.schemeId)}`;
        return (
          <section key={anchor} aria-labelledby={anchor} className="space-y-3">
            <h2 id={anchor} className="ds-heading" data-size="md">{title}</h2>
            <p className="ds-paragraph">
              {t("shares", { network: formatBasisPoints(y.networkShareBasisPoints), uh: formatBasisPoints(10_000 - y.networkShareBasisPoints) })}
              {y.pending.length > 0 && ` ${t("pending", { regions: y.pending.join(", ") })}`}
            </p>
            {y.approved.length > 0 && (
              <TableScroll label={t("tableLabel", { title })}>
                <table className="ds-table" data-border="true">
                  <caption className="sr-only">{t("tableLabel", { title })}</caption>
                  <thead><tr><th scope="col">{t("region")}</th><th scope="col" className="text-right">{t("network")}</th><th scope="col" className="text-right">{t("uh")}</th><th scope="col" className="text-right">{t("sum")}</th></tr></thead>
                  <tbody>
                    {y.approved.map((a) => (
                      <tr key={a.id}>
                        <th scope="row" className="font-normal">{a.region.name}</th>
                        <td className="text-right tabular-nums">{formatNok(a.networkOre)}</td>
                        <td className="text-right tabular-nums">{formatNok(a.uhOre)}</td>
                        <td className="text-right tabular-nums">{formatNok(a.networkOre + a.uhOre)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr><th scope="row">{several ? t("totalScheme", { scheme: schemeName(code(y.schemeId)) }) : t("total")}</th><td className="text-right tabular-nums">{formatNok(net)}</td><td className="text-right tabular-nums">{formatNok(uh)}</td><td className="text-right tabular-nums font-semibold">{formatNok(net + uh)}</td></tr>
                  </tfoot>
                </table>
              </TableScroll>
            )}
          </section>
        );
      })}
    </div>
  );
}
