import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatBasisPoints } from "@/lib/format";
import { getSchemeChoice, requireCountySetup } from "@/server/structure/queries";
import { SchemesForm } from "@/components/schemes-form";
import { setCountySchemesAction } from "@/server/structure/actions";
import { schemeLongName, schemeText } from "@/lib/messages/schemes";
import { SettingsForm } from "../_components/settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("setup.linkSettings") };
}

type Props = { params: Promise<{ fylke: string }> };

export default async function CountySettingsPage({ params }: Props) {
  const { fylke } = await params;
  const county = await requireCountySetup(fylke, `/min-side/struktur/${fylke}/innstillinger`);
  const [schemes, t, tl] = await Promise.all([getSchemeChoice(county.id), getTranslations("archiveDoc"), getTranslations("forumLanguage")]);
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${county.slug}`, label: msg("setup.title") }]} current={msg("setupRegion.settingsCrumb")} />
      <h1 className="ds-heading" data-size="lg">{msg("setupRegion.settingsHeading", { county: county.name })}</h1>
      <SettingsForm values={{
        countyId: county.id, countySlug: county.slug, version: county.version, name: county.name, forumName: county.forumName, governorName: county.governorName,
        networkShare: formatBasisPoints(county.networkShareBasisPoints).replace(/\s*%$/, ""), deadlineDay: county.reportDeadlineDay, deadlineMonth: county.reportDeadlineMonth, needsDeadlineDay: county.needsDeadlineDay, needsDeadlineMonth: county.needsDeadlineMonth, reminderDays: county.reminderDays, language: county.language,
      }} languageText={{ label: t("languageLabel"), description: t("languageHelp"), options: [["nb", tl("nb")], ["nn", tl("nn")]] }} />
      <SchemesForm title={schemeText.countySchemesTitle} action={setCountySchemesAction} hidden={{ countyId: county.id, countySlug: county.slug, version: county.version }}
        help={schemeText.countySchemesHelp} text={{ tick: schemeText.tick, save: schemeText.save }}
        options={schemes.map((s) => ({ id: s.id, label: schemeLongName(s.code), checked: s.run }))} />
    </div>
  );
}
