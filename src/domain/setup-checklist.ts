// What a county still lacks before its yearly cycle can run (the setup checklist for Statsforvalteren).
// Pure: the server gathers the facts, this decides what is missing; each item is a code with values, and
// the page turns it into words and a link to the page that fixes it.
import { covers } from "./periods";

export type CountyFacts = {
  thisYear: number;
  periods: { startYear: number; endYear: number; hasKey: boolean; name: string }[];
  regions: { id: string; name: string; hasSkoleutvikler: boolean; owners: number }[];
  forums: { id: string; name: string; regionId: string | null; hasLeader: boolean; municipalitiesWithoutVoteHolder: string[] }[];
  hasSamarbeidsforum: boolean;
};

export type ChecklistItem =
  | { code: "no-period"; year: number }
  | { code: "no-key"; period: string }
  | { code: "no-regions" }
  | { code: "region-without-skoleutvikler"; regionId: string; region: string }
  | { code: "region-without-owners"; regionId: string; region: string }
  | { code: "no-samarbeidsforum" }
  | { code: "forum-without-leader"; forumId: string; forum: string }
  | { code: "municipality-without-vote-holder"; forumId: string; forum: string; municipality: string };

export function setupChecklist(f: CountyFacts): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const current = f.periods.find((p) => covers(p, f.thisYear));
  if (!current) items.push({ code: "no-period", year: f.thisYear });
  else if (!current.hasKey) items.push({ code: "no-key", period: current.name });
  if (f.regions.length === 0) items.push({ code: "no-regions" });
  for (const r of f.regions) {
    if (!r.hasSkoleutvikler) items.push({ code: "region-without-skoleutvikler", regionId: r.id, region: r.name });
    if (r.owners === 0) items.push({ code: "region-without-owners", regionId: r.id, region: r.name });
  }
  if (!f.hasSamarbeidsforum) items.push({ code: "no-samarbeidsforum" });
  for (const forum of f.forums) {
    if (!forum.hasLeader) items.push({ code: "forum-without-leader", forumId: forum.id, forum: forum.name });
    for (const m of forum.municipalitiesWithoutVoteHolder) items.push({ code: "municipality-without-vote-holder", forumId: forum.id, forum: forum.name, municipality: m });
  }
  return items;
}
