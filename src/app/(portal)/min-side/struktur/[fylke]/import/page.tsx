import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireCountySetup } from "@/server/structure/queries";
import { ImportForm } from "../_components/import-form";
import { getTranslations } from "next-intl/server";
import { ClientText } from "@/i18n/client-text";

export const metadata: Metadata = { title: "Importer fra registrene" };

type Props = { params: Promise<{ fylke: string }> };

export default async function ImportPage({ params }: Props) {
  const { fylke } = await params;
  const county = await requireCountySetup(fylke, `/min-side/struktur/${fylke}/import`);
  const t = await getTranslations("registerImport");
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/min-side", label: "Min side" }, { href: `/min-side/struktur/${county.slug}`, label: "Oppsett av fylket" }]} current="Importer fra registrene" />
      <h1 className="ds-heading" data-size="lg">Importer skoleeiere og skoler</h1>
      <p className="ds-paragraph">
        Last ned et uttrekk fra Nasjonalt skoleregister (skoler med skoleeiere) eller Enhetsregisteret (kommuner og fylkeskommuner), og last det opp her.
        Portalen henter ikke noe fra registrene selv. En import med samme fil to ganger endrer ingenting; organisasjonsnummeret er nøkkelen.
      </p>
      <p className="ds-paragraph">{t("nbrIntro")}</p>
      {county.regions.length === 0
        ? <p className="ds-alert" data-color="warning">Opprett minst én region først: skoleeierne importeres til en region.</p>
        : <ClientText namespaces={["registerImport"]}><ImportForm countyId={county.id} countySlug={county.slug} regions={county.regions.map((r) => ({ id: r.id, name: r.name }))} /></ClientText>}
    </div>
  );
}
