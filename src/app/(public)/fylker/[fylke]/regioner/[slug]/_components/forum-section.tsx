import { DemoTag } from "@/components/demo-tag";
import { forumRules, voteUnitOf, voteUnits } from "@/domain/voting";
import { TableScroll } from "@/components/table-scroll";
import type { RegionDetails } from "@/server/structure/queries";

const KIND_LABEL = { KOMMUNE: "Kommune", PPD: "PPD", HTV: "HTV", RKK: "RKK", UH: "UH", STATSFORVALTER: "Statsforvalteren", KS: "KS", REGION: "Kompetanseregion" } as const;
const POSITION_LABEL = { LEDER: "Leder", NESTLEDER: "Nestleder", MEDLEM: "" } as const;

export function ForumSection({ forum }: { forum: RegionDetails["forums"][number] }) {
  const rules = forumRules(forum);
  const votes = voteUnits(forum.members, rules).length;
  const leader = forum.members.find((m) => m.position === "LEDER");
  return (
    <section aria-labelledby={`forum-${forum.id}`} className="space-y-4">
      <h2 id={`forum-${forum.id}`} className="ds-heading" data-size="md">{forum.name}</h2>
      <p className="ds-paragraph">
        {forum.members.length} representanter.{" "}
        {rules.voteUnit === "MUNICIPALITY"
          ? `Hver kommune har én stemme (${votes} stemmer i alt), som kan avgis av hvilken som helst av kommunens representanter; den siste stemmen som avgis, teller.`
          : `${votes} medlemmer har stemmerett.`}{" "}
        De øvrige medlemmene har talerett.{rules.leaderBreaksTie && " Ved stemmelikhet har lederen dobbeltstemme"}
        {leader ? ` (${leader.name}, ${leader.organisation})` : ""}.
        {forum.members.some((m) => m.isDemo) && (
          <> Kildene navngir ikke personene: navnene, og hvem som er leder og nestleder, er <DemoTag />.</>
        )}
      </p>
      <TableScroll label={`Medlemmer av ${forum.name}`}>
        <table className="ds-table" data-border="true">
          <caption className="sr-only">Medlemmer av {forum.name}, med stemmerett</caption>
          <thead>
            <tr>
              <th scope="col">Organisasjon</th>
              <th scope="col">Funksjon</th>
              <th scope="col">Navn</th>
              <th scope="col">Verv</th>
              <th scope="col">Stemmerett</th>
            </tr>
          </thead>
          <tbody>
            {forum.members.map((m) => (
              <tr key={m.id}>
                <td>{m.organisation} <span className="sr-only">({KIND_LABEL[m.kind]})</span></td>
                <td>{m.title}</td>
                <td>{m.name}</td>
                <td>{POSITION_LABEL[m.position]}</td>
                <td>{voteUnitOf(m, rules) ? (rules.voteUnit === "MUNICIPALITY" ? "Kan avgi kommunens stemme" : "Stemmerett") : "Talerett"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="grid gap-4 md:grid-cols-2">
        {forum.committees.map((c) => (
          <article key={c.id} className="ds-card">
            <h3 className="ds-heading" data-size="xs">
              {c.kind === "AUS" ? "Arbeidsutvalg skole (AUS)" : "Arbeidsutvalg barnehage (AUB)"}
            </h3>
            <p className="ds-paragraph mt-2" data-size="sm">{c.mandate}</p>
            <ul className="prose-list mt-2 text-sm">
              {c.members.map((m) => <li key={m.id}>{m.name}, {m.function.toLowerCase()}</li>)}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
