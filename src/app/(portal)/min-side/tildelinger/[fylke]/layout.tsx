import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CountyBar } from "@/components/county-bar";
import { ClientText } from "@/i18n/client-text";
import { getCountyNames } from "@/server/structure/queries";

/** The county's name above every allocation page, with its public page beside it; the forms read "allocationForms" and "money" in the browser. */
export default async function CountyAllocationsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ fylke: string }> }) {
  const county = await getCountyNames((await params).fylke);
  if (!county) notFound();
  const t = await getTranslations("county");
  return (
    <CountyBar county={county} label={t("nav", { county: county.name })} links={[
      { href: `/min-side/tildelinger/${county.slug}`, label: t("myAllocations") },
      { href: "/min-side/tildelinger", label: t("switchCounty") },
      { href: `/fylker/${county.slug}/tildelinger`, label: t("publicView") },
    ]}>
      <ClientText namespaces={["allocationForms", "money"]}>{children}</ClientText>
    </CountyBar>
  );
}
