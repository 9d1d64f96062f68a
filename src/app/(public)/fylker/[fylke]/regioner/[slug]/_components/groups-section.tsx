import { groupRoleLabel } from "@/lib/messages";
import type { RegionDetails } from "@/server/structure/queries";

type Owner = RegionDetails["owners"][number];
type Member = Owner["groups"][number]["members"][number];

function roleSummary(members: Member[]) {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(groupRoleLabel[m.role], (counts.get(groupRoleLabel[m.role]) ?? 0) + 1);
  return [...counts].map(([label, n]) => `${n} ${label.toLowerCase()}`).join(", ");
}

export function GroupsSection({ owners, showNames }: { owners: Owner[]; showNames: boolean }) {
  const withGroups = owners.filter((o) => o.groups.length > 0);
  if (withGroups.length === 0) return null;
  return (
    <section aria-labelledby="grupper" className="space-y-3">
      <h2 id="grupper" className="ds-heading" data-size="md">Utviklingsgrupper: SUT og SKUT</h2>
      <p className="ds-paragraph">
        Hver kommune har en skoleeiers utviklingsgruppe (SUT), og hver skole en skoleleders utviklingsgruppe (SKUT).
        {!showNames && " Navn på medlemmene vises for innloggede brukere."}
      </p>
      {withGroups.map((o) => (
        <details key={o.id} className="ds-details">
          <summary>
            {o.name}: {o.groups.length} grupper
          </summary>
          <div className="p-3 grid gap-3 md:grid-cols-2">
            {o.groups.map((g) => (
              <article key={g.id} className="ds-card" data-variant="tinted">
                <h3 className="ds-heading" data-size="2xs">{g.name}</h3>
                {showNames ? (
                  <ul className="prose-list mt-1 text-sm">
                    {g.members.map((m) => <li key={m.id}>{m.name} – {groupRoleLabel[m.role].toLowerCase()}</li>)}
                  </ul>
                ) : (
                  <p className="text-sm mt-1">{roleSummary(g.members)}</p>
                )}
              </article>
            ))}
          </div>
        </details>
      ))}
    </section>
  );
}
