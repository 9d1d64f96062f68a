import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatBasisPoints, formatNok } from "@/domain/money";
import { TableScroll } from "@/components/table-scroll";
import { getPublishedAllocations } from "@/server/allocations/queries";
import { getCountyNames } from "@/server/structure/queries";

type Props = { params: Promise<{ fylke: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const county = await getCountyNames((await params).fylke);
  return { title: county ? `Godkjente tildelinger – ${county.name}` : "Fant ikke fylket" };
}

export default async function PublishedAllocationsPage({ params }: Props) {
  const data = await getPublishedAllocations((await params).fylke);
  if (!data) notFound();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="ds-heading" data-size="lg">Godkjente tildelinger i {data.county.name}</h1>
        <p className="ds-paragraph mt-2">
          Statens midler til kompetanseutvikling i skolen, fordelt på kompetanseregionene etter samarbeidsforumets nøkkel.
          Bare tildelinger Statsforvalteren har godkjent, vises her.
        </p>
      </div>
      {data.years.length === 0 && <p className="ds-paragraph">Ingen tildelinger er godkjent ennå.</p>}
      {data.years.map((y) => {
        const net = y.approved.reduce((a, r) => a + r.networkOre, 0n);
        const uh = y.approved.reduce((a, r) => a + r.uhOre, 0n);
        return (
          <section key={y.year} aria-labelledby={`ar-${y.year}`} className="space-y-3">
            <h2 id={`ar-${y.year}`} className="ds-heading" data-size="md">{y.year}</h2>
            <p className="ds-paragraph">
              {formatBasisPoints(y.networkShareBasisPoints)} til nettverkene og {formatBasisPoints(10_000 - y.networkShareBasisPoints)} til UH.
              {y.pending.length > 0 && ` Ikke godkjent ennå: ${y.pending.join(", ")}.`}
            </p>
            {y.approved.length > 0 && (
              <TableScroll label={`Godkjente tildelinger ${y.year}`}>
                <table className="ds-table" data-border="true">
                  <caption className="sr-only">Godkjente tildelinger {y.year}</caption>
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
                    <tr><th scope="row">Sum godkjent</th><td className="text-right tabular-nums">{formatNok(net)}</td><td className="text-right tabular-nums">{formatNok(uh)}</td><td className="text-right tabular-nums font-semibold">{formatNok(net + uh)}</td></tr>
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
