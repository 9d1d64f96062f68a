// The innstilling as headed blocks of lines, shared by the page, the PDF and the archive copy so all say the same,
// in the written standard the Samarbeidsforum chose for its documents (Forum.language), whatever the reader's.
import { formatNok as nok } from "@/domain/money";
import type { Assembled } from "@/domain/recommendation";
import type { Locale } from "@/i18n/config";
import { msgIn } from "@/i18n/server-text";
import { db } from "../db";

type Block = { heading: string; lines: string[]; table?: { head: string[]; rows: string[][] } };

/** The written standard of the county's Samarbeidsforum, which adopts the innstilling; bokmål before it exists. */
export async function recommendationLanguage(countyId: string): Promise<Locale> {
  const forum = await db().forum.findFirst({ where: { countyId, kind: "SAMARBEIDSFORUM" }, select: { language: true } });
  return forum?.language ?? "nb";
}

export function recommendationBlocks(a: Assembled, text: { intro: string; notes: Record<string, string> }, language: Locale) {
  const t = msgIn(language);
  const blocks: Block[] = [];
  blocks.push({
    heading: t("recommendationDoc.moneyHeading"),
    lines: [t("recommendationDoc.moneyLine", {
      allocNet: nok(a.totals.allocatedNetworkOre), planNet: nok(a.totals.plannedNetworkOre), allocUh: nok(a.totals.allocatedUhOre), planUh: nok(a.totals.plannedUhOre), co: nok(a.totals.coFinancingOre),
    })],
    table: {
      head: (["region", "allocNet", "planNet", "allocUh", "planUh", "co"] as const).map((k) => t(`recommendationDoc.${k}`)),
      rows: a.regions.map((r) => [r.name, r.allocation ? nok(r.allocation.networkOre) : "–", nok(r.planned.networkOre), r.allocation ? nok(r.allocation.uhOre) : "–", nok(r.planned.uhOre), nok(r.planned.coFinancingOre)]),
    },
  });
  for (const r of a.regions) {
    const lines: string[] = [];
    if (!r.planAdopted) lines.push(t("recommendationDoc.noPlan"));
    if (!r.withinAllocation) lines.push(t("recommendationDoc.overAllocation", { planned: nok(r.planned.networkOre), allocated: r.allocation ? nok(r.allocation.networkOre) : t("recommendationDoc.noAllocation") }));
    if (r.partners.owners.length) lines.push(t("recommendationDoc.owners", { names: r.partners.owners.join(", ") }));
    if (r.partners.uh.length) lines.push(t("recommendationDoc.uh", { names: r.partners.uh.join(", ") }));
    for (const m of r.measures) {
      const years = m.startYear && m.endYear ? (m.startYear === m.endYear ? `${m.startYear}` : `${m.startYear}–${m.endYear}`) : t("recommendationDoc.noYears");
      const criteria = m.schools ? t("recommendationDoc.criteria", { met: String(m.schoolsMeetingCriteria), schools: String(m.schools) }) : "";
      const money = m.budget ? t("recommendationDoc.money", { net: nok(m.budget.networkOre), uh: nok(m.budget.uhOre), co: nok(m.budget.coFinancingOre) }) : "";
      lines.push(t("recommendationDoc.measure", {
        goal: String(m.goal), number: String(m.number), title: m.title, years, participants: m.participants.join(", ") || t("recommendationDoc.notGiven"), criteria, money,
      }));
    }
    if (r.needs.length) lines.push(t("recommendationDoc.needs", { needs: r.needs.map((n) => t("recommendationDoc.need", { area: n.area, staff: String(n.staff), owners: String(n.owners) })).join("; ") }));
    if (text.notes[r.id]) lines.push(t("recommendationDoc.note", { text: text.notes[r.id]! }));
    blocks.push({ heading: r.name, lines });
  }
  return { intro: text.intro ? text.intro.split(/\n+/) : [], blocks };
}
