import Link from "next/link";
import { DemoTag } from "@/components/demo-tag";
import { formatDate } from "@/lib/format";
import { regionText } from "@/lib/messages/structure";
import type { RegionDetails } from "@/server/structure/queries";

/** The region's networks with this year's and later gatherings, and a link (`allPath`) to every one; null: all are shown. */
export function NetworksSection({ networks, allPath }: { networks: RegionDetails["networks"]; allPath: string | null }) {
  if (networks.length === 0) return null;
  return (
    <section aria-labelledby="nettverk" className="space-y-3">
      <h2 id="nettverk" className="ds-heading" data-size="md">Nettverk og samlinger</h2>
      <div className="grid gap-4 md:grid-cols-2">
        {networks.map((n) => (
          <article key={n.id} className="ds-card">
            <h3 className="ds-heading" data-size="xs">
              {n.name}{" "}
              <span className="ds-tag" data-size="sm" data-color={n.inDekom ? "success" : "neutral"}>
                {n.inDekom ? "DEKOM med Nord universitet" : "Regionalt, utenfor DEKOM"}
              </span>
            </h3>
            <dl className="text-sm mt-2 space-y-1">
              <div><dt className="inline font-semibold">Målgruppe: </dt><dd className="inline">{n.targetGroup}</dd></div>
              <div><dt className="inline font-semibold">Samlinger: </dt><dd className="inline">{n.rhythm}</dd></div>
              <div>
                <dt className="inline font-semibold">Deltakende skoler: </dt>
                <dd className="inline">
                  {n.participants.length ? n.participants.map((p) => p.school?.name ?? p.label).join(", ") : "Ingen registrert"}
                </dd>
              </div>
            </dl>
            <ul className="prose-list mt-2 text-sm">{n.goals.map((g) => <li key={g}>{g}</li>)}</ul>
            {allPath && n._count.gatherings > 0 && <p className="mt-3 text-sm">{regionText.earlierGatherings(n._count.gatherings)} <Link className="ds-link" href={allPath}>{regionText.allGatherings}</Link></p>}
            {n.gatherings.map((g) => (
              <div key={g.id} className="mt-3 text-sm">
                <p className="font-semibold">
                  {g.title}, {formatDate(g.startsAt)} ({g.days} dager), {g.place}<DemoTag show={g.isDemo} />
                </p>
                <ol className="num-list">
                  <li>Faglige innlegg: {g.faglige}</li>
                  <li>Innblikk i andres praksis: {g.innblikk}</li>
                  <li>Erfaringsdeling og utvikling av ny praksis: {g.erfaring}</li>
                  <li>Blikk mot framtiden / veien videre: {g.veienVidere}</li>
                </ol>
              </div>
            ))}
          </article>
        ))}
      </div>
    </section>
  );
}
