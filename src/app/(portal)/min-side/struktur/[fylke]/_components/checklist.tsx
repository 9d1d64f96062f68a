import Link from "next/link";
import type { ChecklistItem } from "@/domain/setup-checklist";
import { msg } from "@/i18n/server-text";

/** Each missing piece in words, with the page that fixes it. */
function describe(item: ChecklistItem, slug: string): { text: string; href: string; action: string } {
  switch (item.code) {
    case "no-period": return { text: msg("setup.checklist.noPeriod", { year: String(item.year) }), href: `/min-side/struktur/${slug}/perioder`, action: msg("setup.checklist.noPeriodAction") };
    case "no-key": return { text: msg("setup.checklist.noKey", { period: item.period }), href: `/min-side/tildelinger/${slug}/nokkel`, action: msg("setup.checklist.noKeyAction") };
    case "no-regions": return { text: msg("setup.checklist.noRegions"), href: "#ny-region", action: msg("setup.checklist.noRegionsAction") };
    case "region-without-skoleutvikler": return { text: msg("setup.checklist.noSkoleutvikler", { region: item.region }), href: `/min-side/tilgang/${slug}#ny-invitasjon`, action: msg("setup.checklist.noSkoleutviklerAction") };
    case "region-without-owners": return { text: msg("setup.checklist.noOwners", { region: item.region }), href: `/min-side/struktur/${slug}/import`, action: msg("setup.checklist.noOwnersAction") };
    case "no-samarbeidsforum": return { text: msg("setup.checklist.noSamarbeidsforum"), href: "#forum", action: msg("setup.checklist.noSamarbeidsforumAction") };
    case "forum-without-leader": return { text: msg("setup.checklist.noLeader", { forum: item.forum }), href: `/min-side/struktur/${slug}/forum/${item.forumId}`, action: msg("setup.checklist.noLeaderAction") };
    case "municipality-without-vote-holder": return { text: msg("setup.checklist.noVoteHolder", { municipality: item.municipality, forum: item.forum }), href: `/min-side/struktur/${slug}/forum/${item.forumId}`, action: msg("setup.checklist.noVoteHolderAction") };
  }
}

export function SetupChecklist({ items, slug }: { items: ChecklistItem[]; slug: string }) {
  if (items.length === 0) return <p className="ds-alert" data-color="success">{msg("setup.checklist.done")}</p>;
  return (
    <ul className="space-y-2">
      {items.map((item, i) => {
        const d = describe(item, slug);
        return <li key={i} className="ds-alert" data-color="warning">{d.text} <Link className="ds-link" href={d.href}>{d.action}</Link></li>;
      })}
    </ul>
  );
}
