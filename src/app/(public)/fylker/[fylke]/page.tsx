import Link from "next/link";
import { DemoTag } from "@/components/demo-tag";
import { TableScroll } from "@/components/table-scroll";
import { formatBasisPoints, formatDayOfYear } from "@/lib/format";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCountyNames, getCountyOverview } from "@/server/structure/queries";
import { recommendationText } from "@/lib/messages/recommendations";
import { currentOrLatest } from "@/domain/periods";
import { ForumConclusion } from "@/components/forum-conclusion";

type Props = { params: Promise<{ fylke: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const county = await getCountyNames((await params).fylke);
  return { title: county ? `Kompetanseutvikling i skolen – ${county.name}` : "Fant ikke fylket" };
}

/** A county's public page: its strategy, how the money is shared, and its regions. */
export default async function CountyPage({ params }: Props) {
  const county = await getCountyOverview((await params).fylke);
  if (!county) notFound();
  // The period that covers this year, or (before the first, after the last) the latest.
  const year = new Date().getFullYear();
  const period = currentOrLatest(county.periods, year);
  const networkShare = county.networkShareBasisPoints;
  return (
    <div className="space-y-10">
      <section aria-labelledby="tittel">
        <h1 id="tittel" className="ds-heading" data-size="lg">
          Desentralisert ordning for kompetanseutvikling i skolen i {county.name}
        </h1>
        <p className="ds-paragraph mt-3" data-size="lg">
          {county.forumName} ledes av {county.governorName}. Her finner du strategien, satsingsområdene og
          kompetanseregionene som deler de statlige midlene til skolebasert kompetanseutvikling.
        </p>
      </section>

      {county.forumConclusions[0] && <ForumConclusion year={county.forumConclusions[0].year} conclusion={county.forumConclusions[0]} />}

      {period && (
        <section aria-labelledby="strategi" className="space-y-6">
          <h2 id="strategi" className="ds-heading" data-size="md">{period.name}</h2>
          <DemoTag show={period.isDemo} />
          <div>
            <h3 className="ds-heading" data-size="xs">Strategien skal i perioden bidra til</h3>
            <ul className="prose-list mt-2">{period.purposes.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
          <div>
            <h3 className="ds-heading" data-size="xs">Satsingsområder i kompetansetiltakene</h3>
            <ul className="prose-list mt-2">{period.priorityAreas.map((a) => <li key={a.id}>{a.title}</li>)}</ul>
          </div>
          <div className="grid gap-4 md:grid-cols-3">
            {period.subGoals.map((g) => (
              <article key={g.id} className="ds-card" data-variant="tinted">
                <h3 className="ds-heading" data-size="xs">Delmål {g.number}: {g.title}</h3>
                <p className="ds-paragraph mt-2" data-size="sm">{g.summary}</p>
                <p className="mt-2 text-sm font-semibold">Kompetansetiltakene skal</p>
                <ul className="prose-list text-sm">{g.strategies.map((s) => <li key={s}>{s}</li>)}</ul>
              </article>
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="okonomi">
        <h2 id="okonomi" className="ds-heading" data-size="md">Slik fordeles midlene</h2>
        <ul className="prose-list mt-2">
          <li>
            Statens tilskudd deles med {formatBasisPoints(networkShare)} til kompetanseregionenes nettverk og{" "}
            {formatBasisPoints(10000 - networkShare)} til universitet og høgskole (UH), med mindre det avtales økt andel til UH.
          </li>
          <li>Endres tildelingen fra staten, endres tildelingen til nettverkene forholdsmessig.</li>
          <li>Midlene fordeles på samme måte gjennom hele strategiperioden.</li>
          <li>
            Kompetanseregionene evaluerer arbeidet sitt og rapporterer til samarbeidsforumet innen{" "}
            {formatDayOfYear(county.reportDeadlineMonth, county.reportDeadlineDay)} hvert år.
          </li>
        </ul>
      </section>

      {county.recommendations.length > 0 && (
        <section aria-labelledby="innstillinger">
          <h2 id="innstillinger" className="ds-heading" data-size="md">{recommendationText.publishedHeading}</h2>
          <ul className="prose-list mt-2">
            {county.recommendations.map((r) => <li key={r.year}><Link className="ds-link" href={`/fylker/${county.slug}/innstilling/${r.year}`}>{recommendationText.title(r.year)}</Link></li>)}
          </ul>
        </section>
      )}

      <section aria-labelledby="regioner">
        <h2 id="regioner" className="ds-heading" data-size="md">Kompetanseregionene</h2>
        <p className="ds-paragraph mt-2">
          {county.name} har {county.regions.length} kompetanseregioner. Hver region består av flere skoleeiere som
          samarbeider, og følges opp av UH.
        </p>
        <TableScroll className="mt-3" label="Kompetanseregioner">
          <table className="ds-table" data-border="true">
            <caption className="sr-only">Kompetanseregioner i {county.name}</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">Koordinert av</th>
                <th scope="col" className="text-right">Skoleeiere</th>
                <th scope="col" className="text-right">Skoler registrert</th>
              </tr>
            </thead>
            <tbody>
              {county.regions.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link className="ds-link" href={`/fylker/${county.slug}/regioner/${r.slug}`}>{r.name}</Link>
                    <DemoTag show={r.isDemo} />
                  </td>
                  <td>{r.coordinator}</td>
                  <td className="text-right">{r.owners.length}</td>
                  <td className="text-right">{r.owners.reduce((sum, o) => sum + o._count.schools, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
