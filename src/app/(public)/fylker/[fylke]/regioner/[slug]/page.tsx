import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canSeeGroupMemberNames } from "@/domain/authorization";
import { DemoTag } from "@/components/demo-tag";
import { TableScroll } from "@/components/table-scroll";
import { currentUser } from "@/server/auth/session";
import { getGroupMembers, getRegion } from "@/server/structure/queries";
import { dateIn } from "@/domain/deadline";
import { ForumSection } from "./_components/forum-section";
import { GroupsSection } from "./_components/groups-section";
import { NetworksSection } from "./_components/networks-section";
import { PlanSection } from "./_components/plan-section";
import { opennessText } from "@/lib/messages/openness";
import { publicEvaluationYears, withheldOf } from "@/server/openness/queries";

type Props = { params: Promise<{ fylke: string; slug: string }>; searchParams: Promise<{ plan?: string; samlinger?: string }> };

/** The region as this address shows it (the same arguments from the metadata and the page: one query per request). */
async function regionOf({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return getRegion(slug, dateIn(new Date()).year, Number(query.plan) || undefined, query.samlinger === "alle");
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const region = await regionOf(props);
  return { title: region ? `Kompetanseregion ${region.name}` : "Fant ikke regionen" };
}

export default async function RegionPage(props: Props) {
  const { fylke } = await props.params;
  const region = await regionOf(props);
  if (!region || region.county.slug !== fylke) notFound();
  const showNames = canSeeGroupMemberNames(await currentUser());
  const schoolCount = region.owners.reduce((n, o) => n + o.schools.length, 0);
  const [withheldPlans, evaluationYears, groupMembers] = await Promise.all([
    withheldOf("PLAN", region.plan ? [region.plan.id] : []), publicEvaluationYears(region.id), getGroupMembers(region.id, showNames),
  ]);
  return (
    <div className="space-y-10">
      <nav aria-label="Brødsmulesti" className="text-sm">
        <ol className="flex gap-2">
          <li><Link className="ds-link" href={`/fylker/${fylke}`}>{region.county.name}</Link> /</li>
          <li aria-current="page">{region.name}</li>
        </ol>
      </nav>
      <section aria-labelledby="tittel" className="space-y-3">
        <h1 id="tittel" className="ds-heading" data-size="lg">
          Kompetanseregion {region.name}
          <DemoTag show={region.isDemo} />
        </h1>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Koordinert av</dt><dd>{region.coordinator}</dd>
          <dt className="font-semibold">UH-partner</dt><dd>{region.uhPartner}</dd>
          <dt className="font-semibold">Skoleeiere</dt><dd>{region.owners.length}</dd>
          <dt className="font-semibold">Skoler</dt><dd>{schoolCount}</dd>
        </dl>
        {region.overallGoal && (
          <p className="ds-paragraph"><strong>Overordnet mål:</strong> {region.overallGoal}</p>
        )}
        {region.priorityAreas.length > 0 && (
          <div>
            <h2 className="ds-heading" data-size="sm">Satsingsområder</h2>
            <ol className="num-list mt-2">{region.priorityAreas.map((a) => <li key={a.id}>{a.title}</li>)}</ol>
          </div>
        )}
        {region.isDemo && (
          <div className="ds-alert" data-color="info">
            Kildene navngir ikke denne regionen eller skoleeierne i den. Innholdet er eksempeldata til demonstrasjon.
          </div>
        )}
      </section>

      <section aria-labelledby="skoleeiere">
        <h2 id="skoleeiere" className="ds-heading" data-size="md">Skoleeiere og skoler</h2>
        <TableScroll className="mt-3" label="Skoleeiere og skoler">
          <table className="ds-table" data-border="true">
            <caption className="sr-only">Skoleeiere og skoler i {region.name}</caption>
            <thead><tr><th scope="col">Skoleeier</th><th scope="col">Skoler</th></tr></thead>
            <tbody>
              {region.owners.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}<DemoTag show={o.isDemo} /></td>
                  <td>{o.schools.length ? o.schools.map((s) => s.name).join(", ") : "Ingen skoler registrert"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      {region.forums.map((forum) => (
        <div key={forum.id} className="space-y-2">
          <ForumSection forum={forum} />
          <p><Link className="ds-link" href={`/fylker/${fylke}/moter#forum-${forum.id}`}>Møter, sakslister og protokoller for {forum.name}</Link></p>
        </div>
      ))}
      <GroupsSection owners={region.owners} members={groupMembers} showNames={showNames} />
      <NetworksSection networks={region.networks} allPath={region.allGatherings ? null : `/fylker/${fylke}/regioner/${region.slug}?samlinger=alle#nettverk`} />
      <PlanSection plan={region.plan} plans={region.plans} regionPath={`/fylker/${fylke}/regioner/${region.slug}`} criteria={region.criteria} withheld={withheldPlans} />
      {evaluationYears.length > 0 && (
        <section aria-labelledby="evalueringer" className="space-y-2">
          <h2 id="evalueringer" className="ds-heading" data-size="md">{opennessText.publicEvaluations}</h2>
          <ul className="prose-list">
            {evaluationYears.map((y) => <li key={y}><Link className="ds-link" href={`/fylker/${fylke}/evalueringer/${region.slug}/${y}`}>{opennessText.evaluationTitle(region.name, y)}</Link></li>)}
          </ul>
        </section>
      )}
    </div>
  );
}
