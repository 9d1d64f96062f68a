import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableScroll } from "@/components/table-scroll";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/server/auth/session";
import { getOpenness } from "@/server/openness/queries";
import { ReleaseForm, WithholdForm } from "./_components/openness-forms";

type Props = { params: Promise<{ fylke: string }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("opennessAdmin"))("title") };
}

export default async function OpennessPage({ params }: Props) {
  const { fylke } = await params;
  const user = await requirePageUser(`/min-side/struktur/${fylke}/offentlighet`);
  const data = await getOpenness(user, fylke);
  const t = await getTranslations("opennessAdmin");
  const forms = await getTranslations("opennessForms");
  if (!data) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${fylke}`, label: msg("setup.title") }]} current={t("title")} />
      <h1 className="ds-heading" data-size="lg">{t("heading", { county: data.county.name })}</h1>
      <p className="ds-paragraph">{t("intro")}</p>
      {data.documents.length === 0 ? <p>{t("none")}</p> : (
        <TableScroll label={t("caption")}>
          <table className="ds-table" data-border="true">
            <caption className="sr-only">{t("caption")}</caption>
            <thead><tr><th scope="col">{t("document")}</th><th scope="col">{t("state")}</th><th scope="col"><span className="sr-only">{forms("withhold")}</span></th></tr></thead>
            <tbody>
              {data.documents.map((d) => (
                <tr key={`${d.kind}-${d.id}`}>
                  <th scope="row" className="font-normal">{t(`kind.${d.kind}`)}: <Link className="ds-link" href={d.href}>{d.title}</Link></th>
                  <td>{d.withheld ? t("no", { reason: d.withheld }) : t("yes")}</td>
                  <td>{d.withheld ? <ReleaseForm doc={d} /> : <WithholdForm doc={d} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
