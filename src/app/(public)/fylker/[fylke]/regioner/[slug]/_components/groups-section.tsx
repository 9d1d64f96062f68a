import { getTranslations } from "next-intl/server";
import type { RegionDetails } from "@/server/structure/queries";
import type { getGroupMembers } from "@/server/structure/queries";

type Owner = RegionDetails["owners"][number];
type Members = Awaited<ReturnType<typeof getGroupMembers>>;

export async function GroupsSection({ owners, members, showNames }: { owners: Owner[]; members: Members; showNames: boolean }) {
  const withGroups = owners.filter((o) => o.groups.length > 0);
  if (withGroups.length === 0) return null;
  const t = await getTranslations("publicRegion.groups");
  return (
    <section aria-labelledby="grupper" className="space-y-3">
      <h2 id="grupper" className="ds-heading" data-size="md">{t("heading")}</h2>
      <p className="ds-paragraph">
        {t("intro")}{!showNames && ` ${t("namesSignedIn")}`}
      </p>
      {withGroups.map((o) => (
        <details key={o.id} className="ds-details">
          <summary>{t("ownerGroups", { owner: o.name, count: o.groups.length })}</summary>
          <div className="p-3 grid gap-3 md:grid-cols-2">
            {o.groups.map((g) => {
              const roles = members.get(g.id) ?? [];
              return (
                <article key={g.id} className="ds-card" data-variant="tinted">
                  <h3 className="ds-heading" data-size="2xs">{g.name}</h3>
                  {showNames ? (
                    <ul className="prose-list mt-1 text-sm">
                      {roles.flatMap((r) => r.names.map((name, i) => <li key={`${r.role}-${i}`}>{t("nameRole", { name, role: t(`role.${r.role}`) })}</li>))}
                    </ul>
                  ) : (
                    <p className="text-sm mt-1">{roles.map((r) => t("countRole", { count: String(r.count), role: t(`role.${r.role}`) })).join(", ")}</p>
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
