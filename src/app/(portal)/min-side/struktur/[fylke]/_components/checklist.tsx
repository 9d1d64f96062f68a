import Link from "next/link";
import type { ChecklistItem } from "@/domain/setup-checklist";

/** Each missing piece in words, with the page that fixes it. */
function describe(item: ChecklistItem, slug: string): { text: string; href: string; action: string } {
  switch (item.code) {
    case "no-period": return { text: `Ingen strategiperiode dekker ${item.year}.`, href: `/min-side/struktur/${slug}/perioder`, action: "Opprett eller start neste periode" };
    case "no-key": return { text: `${item.period} har ingen fordelingsnøkkel.`, href: `/min-side/tildelinger/${slug}/nokkel`, action: "Registrer nøkkelen" };
    case "no-regions": return { text: "Fylket har ingen kompetanseregioner.", href: "#ny-region", action: "Opprett en region" };
    case "region-without-skoleutvikler": return { text: `${item.region} har ingen skoleutvikler.`, href: `/min-side/tilgang/${slug}#ny-invitasjon`, action: "Inviter en skoleutvikler" };
    case "region-without-owners": return { text: `${item.region} har ingen skoleeiere.`, href: `/min-side/struktur/${slug}/import`, action: "Importer eller legg til skoleeiere" };
    case "no-samarbeidsforum": return { text: "Fylket har ikke registrert samarbeidsforumet sitt.", href: "#forum", action: "Opprett samarbeidsforumet" };
    case "forum-without-leader": return { text: `${item.forum} har ingen leder.`, href: `/min-side/struktur/${slug}/forum/${item.forumId}`, action: "Legg til eller velg leder" };
    case "municipality-without-vote-holder": return { text: `${item.municipality} har ingen med stemmerett i ${item.forum}.`, href: `/min-side/struktur/${slug}/forum/${item.forumId}`, action: "Legg til kommunens representant" };
  }
}

export function SetupChecklist({ items, slug }: { items: ChecklistItem[]; slug: string }) {
  if (items.length === 0) return <p className="ds-alert" data-color="success">Fylket har det som trengs for årshjulet: periode med nøkkel, regioner med skoleutvikler og forum med leder og stemmeberettigede.</p>;
  return (
    <ul className="space-y-2">
      {items.map((item, i) => {
        const d = describe(item, slug);
        return <li key={i} className="ds-alert" data-color="warning">{d.text} <Link className="ds-link" href={d.href}>{d.action}</Link></li>;
      })}
    </ul>
  );
}
