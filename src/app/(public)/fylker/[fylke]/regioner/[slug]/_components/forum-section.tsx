import { getTranslations } from "next-intl/server";
import { DemoTag } from "@/components/demo-tag";
import { forumRules, voteUnitOf, voteUnits } from "@/domain/voting";
import { TableScroll } from "@/components/table-scroll";
import type { RegionDetails } from "@/server/structure/queries";

export async function ForumSection({ forum }: { forum: RegionDetails["forums"][number] }) {
  const rules = forumRules(forum);
  const votes = voteUnits(forum.members, rules).length;
  const leader = forum.members.find((m) => m.position === "LEDER");
  const t = await getTranslations("publicRegion.forum");
  return (
    <section aria-labelledby={`forum-${forum.id}`} className="space-y-4">
      <h2 id={`forum-${forum.id}`} className="ds-heading" data-size="md">{forum.name}</h2>
      <p className="ds-paragraph">
        {t("members", { count: forum.members.length })}{" "}
        {rules.voteUnit === "MUNICIPALITY" ? t("municipalityVotes", { votes: String(votes) }) : t("memberVotes", { votes: String(votes) })}{" "}
        {t("othersSpeak")}{rules.leaderBreaksTie && <>{" "}{t("doubleVote")}{leader && t("leader", { name: leader.name, organisation: leader.organisation })}.</>}
        {forum.members.some((m) => m.isDemo) && <> {t("demoNames")} <DemoTag />.</>}
      </p>
      <TableScroll label={t("tableLabel", { forum: forum.name })}>
        <table className="ds-table" data-border="true">
          <caption className="sr-only">{t("caption", { forum: forum.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("organisation")}</th>
              <th scope="col">{t("function")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("position")}</th>
              <th scope="col">{t("vote")}</th>
            </tr>
          </thead>
          <tbody>
            {forum.members.map((m) => (
              <tr key={m.id}>
                <td>{m.organisation} <span className="sr-only">({t(`kind.${m.kind}`)})</span></td>
                <td>{m.title}</td>
                <td>{m.name}</td>
                <td>{m.position === "MEDLEM" ? "" : t(m.position)}</td>
                <td>{voteUnitOf(m, rules) ? (rules.voteUnit === "MUNICIPALITY" ? t("canCastMunicipality") : t("voting")) : t("speaking")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="grid gap-4 md:grid-cols-2">
        {forum.committees.map((c) => (
          <article key={c.id} className="ds-card">
            <h3 className="ds-heading" data-size="xs">{t(c.kind)}</h3>
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
