import { notFound } from "next/navigation";
import { CountyBar } from "@/components/county-bar";
import { getCountyNames } from "@/server/structure/queries";

/** Every public page of a county carries its name and navigation above and its Statsforvalter below. */
export default async function CountyLayout({ children, params }: { children: React.ReactNode; params: Promise<{ fylke: string }> }) {
  const county = await getCountyNames((await params).fylke);
  if (!county) notFound();
  return (
    <CountyBar county={county} links={[
      { href: `/fylker/${county.slug}`, label: "Ordningen og regionene" },
      { href: `/fylker/${county.slug}/tildelinger`, label: "Godkjente tildelinger" },
      { href: `/fylker/${county.slug}/moter`, label: "Møter og protokoller" },
    ]}>
      {children}
    </CountyBar>
  );
}
