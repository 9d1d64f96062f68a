import { groupRoleLabel } from "@/lib/messages";
import type { RegionDetails } from "@/server/structure/queries";
import type { getGroupMembers } from "@/server/structure/queries";

type Owner = RegionDetails["owners"][number];
type Members = Awaited<ReturnType<typeof getGroupMembers>>;

export function GroupsSection({ owners, members, showNames }: { owners: Owner[]; members: Members; showNames: boolean }) {
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
            {o.groups.map((g) => {
              const roles = members.get(g.id) ?? [];
              return (
                <article key={g.id} className="ds-card" data-variant="tinted">
                  <h3 className="ds-heading" data-size="2xs">{g.name}</h3>
                  {showNames ? (
                    <ul className="prose-list mt-1 text-sm">
                      {roles.flatMap((r) => r.names.map((name, i) => <li key={`${r.role}-${i}`}>{name} – {groupRoleLabel[r.role].toLowerCase()}</li>))}
                    </ul>
                  ) : (
                    <p className="text-sm mt-1">{roles.map((r) => `${r.count} ${groupRoleLabel[r.role].toLowerCase()}`).join(", ")}</p>
                  )}
                </article>
              );
            })}
          </div>
        </details>
      ))}
    </section>
  );
}
