import Link from "next/link";
import { listCounties } from "@/server/structure/queries";

/** The installation's front page: the counties it serves, each with its own pages. */
export default async function FrontPage() {
  const counties = await listCounties();
  if (counties.length === 0) return <EmptyInstallation />;
  return (
    <div className="space-y-6 max-w-3xl">
      <h1 className="ds-heading" data-size="lg">Desentralisert ordning for kompetanseutvikling i skolen</h1>
      <p className="ds-paragraph" data-size="lg">
        Statens midler til skolebasert kompetanseutvikling fordeles i hvert fylke av et samarbeidsforum ledet av
        Statsforvalteren. Velg fylket for å se strategien, kompetanseregionene, godkjente tildelinger og forumets møter.
      </p>
      <section aria-labelledby="fylker">
        <h2 id="fylker" className="ds-heading" data-size="md">Fylker</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {counties.map((c) => (
            <li key={c.id} className="ds-card" data-variant="tinted">
              <h3 className="ds-heading" data-size="xs"><Link className="ds-link" href={`/fylker/${c.slug}`}>{c.name}</Link></h3>
              <p className="ds-paragraph mt-1" data-size="sm">{c.forumName} · {c.governorName} · {c._count.regions} kompetanseregioner</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** A new installation, before its first county is set up: say so, and where to start. */
function EmptyInstallation() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="ds-heading" data-size="lg">DEKOM-portalen</h1>
      <p className="ds-paragraph">
        Portalen for den desentraliserte ordningen for kompetanseutvikling i skolen er installert, men ingen fylker er satt opp ennå.
      </p>
      <p className="ds-paragraph">
        Er du administrator eller har du fått en invitasjon, kan du <Link className="ds-link" href="/logg-inn">logge inn</Link>.
      </p>
    </div>
  );
}
