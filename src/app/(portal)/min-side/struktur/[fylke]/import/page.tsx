import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireCountySetup } from "@/server/structure/queries";
import { ImportForm } from "../_components/import-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registerImport"))("pageTitle") };
}

type Props = { params: Promise<{ fylke: string }> };

export default async function ImportPage({ params }: Props) {
  const { fylke } = await params;
  const county = await requireCountySetup(fylke, `/min-side/struktur/${fylke}/import`);
  const t = await getTranslations("registerImport");
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${county.slug}`, label: msg("setup.title") }]} current={t("pageTitle")} />
      <h1 className="ds-heading" data-size="lg">{t("pageHeading")}</h1>
      <p className="ds-paragraph">{t("pageIntro")}</p>
      <p className="ds-paragraph">{t("nbrIntro")}</p>
      {county.regions.length === 0
        ? <p className="ds-alert" data-color="warning">{t("noRegion")}</p>
        : <ImportForm countyId={county.id} countySlug={county.slug} regions={county.regions.map((r) => ({ id: r.id, name: r.name }))} />}
    </div>
  );
}
