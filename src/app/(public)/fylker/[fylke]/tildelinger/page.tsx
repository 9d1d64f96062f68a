import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatBasisPoints, formatNok } from "@/domain/money";
import { TableScroll } from "@/components/table-scroll";
import { getPublishedAllocations } from "@/server/allocations/queries";
import { getCountyNames } from "@/server/structure/queries";
import { SchemeNav } from "@/components/scheme-nav";
import { schemeName, schemeText } from "@/lib/messages/schemes";

type Props = { params: Promise<{ fylke: string }>; searchParams: Promise<{ ordning?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const county = await getCountyNames((await params).fylke);
  return { title: county ? `Godkjente tildelinger – ${county.name}` : "Fant ikke fylket" };
}

export default async function PublishedAllocationsPage({ params, searchParams }: Props) {
  const { fylke } = await params;
  const data = await getPublishedAllocations(fylke, (await searchParams).ordning);
  if (!data) notFound();
  const several = data.schemes.length > 1;
  const code = (schemeId: string) => data.schemes.find((s) => s.id === schemeId)?.code ?? schemeId;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="ds-heading" data-size="lg">Godkjente tildelinger i {data.county.name}</h1>
        <p className="ds-paragraph mt-2">
          Statens midler til kompetanseutvikling i skolen, fordelt på kompetanseregionene etter samarbeidsforumets nøkkel.
          Bare tildelinger Statsforvalteren har godkjent, vises her.{several && ` ${schemeText.perScheme}`}
        </p>
      </div>
      <SchemeNav path={`/fylker/${fylke}/tildelinger`} schemes={data.schemes} current={data.scheme} all problem={data.problem} />
      {data.years.length === 0 && <p className="ds-paragraph">Ingen tildelinger er godkjent ennå.</p>}
      {data.years.map((y) => {
        const net = y.approved.reduce((a, r) => a + r.networkOre, 0n);
        const uh = y.approved.reduce((a, r) => a + r.uhOre, 0n);
        const title = several ? `${y.year} – ${schemeName(code(y.schemeId))}` : String(y.year);
        const anchor = `ar-${y.year}-${code(y.schemeId)}`;
        return (
          <section key={anchor} aria-labelledby={anchor} className="space-y-3">
            <h2 id={anchor} className="ds-heading" data-size="md">{title}</h2>
            <p className="ds-paragraph">
              {formatBasisPoints(y.networkShareBasisPoints)} til nettverkene og {formatBasisPoints(10_000 - y.networkShareBasisPoints)} til UH.
              {y.pending.length > 0 && ` Ikke godkjent ennå: ${y.pending.join(", ")}.`}
            </p>
            {y.approved.length > 0 && (
              <TableScroll label={`Godkjente tildelinger ${title}`}>
                <table className="ds-table" data-border="true">
                  <caption className="sr-only">Godkjente tildelinger {title}</caption>
                  <thead><tr><th scope="col">Region</th><th scope="col" className="text-right">Nettverk</th><th scope="col" className="text-right">UH</th><th scope="col" className="text-right">Sum</th></tr></thead>
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
                    <tr><th scope="row">{several ? `${schemeText.totalFor(code(y.schemeId))} godkjent` : "Sum godkjent"}</th><td className="text-right tabular-nums">{formatNok(net)}</td><td className="text-right tabular-nums">{formatNok(uh)}</td><td className="text-right tabular-nums font-semibold">{formatNok(net + uh)}</td></tr>
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
