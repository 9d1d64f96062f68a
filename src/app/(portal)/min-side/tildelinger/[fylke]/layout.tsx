import { notFound } from "next/navigation";
import { CountyBar } from "@/components/county-bar";
import { getCountyNames } from "@/server/structure/queries";

/** The county's name above every allocation page, with its public page beside it. */
export default async function CountyAllocationsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ fylke: string }> }) {
  const county = await getCountyNames((await params).fylke);
  if (!county) notFound();
  return (
    <CountyBar county={county} links={[
      { href: `/min-side/tildelinger/${county.slug}`, label: "Tildelinger" },
      { href: "/min-side/tildelinger", label: "Bytt fylke" },
      { href: `/fylker/${county.slug}/tildelinger`, label: "Det publikum ser" },
    ]}>
      {children}
    </CountyBar>
  );
}
