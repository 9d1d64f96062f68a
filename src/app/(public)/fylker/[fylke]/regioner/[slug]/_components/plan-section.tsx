import type { RegionDetails } from "@/server/structure/queries";

const AUDIENCE = {
  SKOLE: "Skoleeier og rektor sørger for at skolen",
  DELTAKER: "Deltakerne skal",
  OVRIGE_ANSATTE: "Øvrige ansatte i skole og SFO skal",
} as const;

export function PlanSection({ goals, criteria }: Pick<RegionDetails, "goals" | "criteria">) {
  if (goals.length === 0 && criteria.length === 0) return null;
  const audiences = [...new Set(criteria.map((c) => c.audience))];
  return (
    <section aria-labelledby="plan" className="space-y-4">
      <h2 id="plan" className="ds-heading" data-size="md">Mål og tiltak</h2>
      {goals.map((g) => (
        <article key={g.id}>
          <h3 className="ds-heading" data-size="xs">Mål {g.number}</h3>
          <p className="ds-paragraph">{g.title}</p>
          <ul className="mt-2 space-y-1">
            {g.measures.map((m) => (
              <li key={m.id}>
                <strong>Tiltak {m.number}:</strong> {m.title}
                {m.network && <span className="text-sm"> (nettverk: {m.network.name})</span>}
              </li>
            ))}
          </ul>
        </article>
      ))}
      {audiences.length > 0 && (
        <div>
          <h3 className="ds-heading" data-size="xs">Kriterier for deltakelse i nettverk og fagsamlinger</h3>
          {audiences.map((a) => (
            <div key={a} className="mt-2">
              <p className="font-semibold">{AUDIENCE[a]}</p>
              <ul className="prose-list">
                {criteria.filter((c) => c.audience === a).map((c) => <li key={c.id}>{c.text}</li>)}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
