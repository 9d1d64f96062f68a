import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CountyBar } from "@/components/county-bar";
import { getCountyNames } from "@/server/structure/queries";

/** Every public page of a county carries its name and navigation above and its Statsforvalter below. */
export default async function CountyLayout({ children, params }: { children: React.ReactNode; params: Promise<{ fylke: string }> }) {
  const county = await getCountyNames((await params).fylke);
  if (!county) notFound();
  const t = await getTranslations("county");
  return (
    <CountyBar county={county} label={t("nav", { county: county.name })} links={[
      { href: `/fylker/${county.slug}`, label: t("navOverview") },
      { href: `/fylker/${county.slug}/tildelinger`, label: t("navAllocations") },
      { href: `/fylker/${county.slug}/moter`, label: t("navMeetings") },
    ]}>
      {children}
    </CountyBar>
  );
}
