import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableScroll } from "@/components/table-scroll";
import { kindLabel, opennessText as t } from "@/lib/messages/openness";
import { requirePageUser } from "@/server/auth/session";
import { getOpenness } from "@/server/openness/queries";
import { ReleaseForm, WithholdForm } from "./_components/openness-forms";

type Props = { params: Promise<{ fylke: string }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: t.title };
}

export default async function OpennessPage({ params }: Props) {
  const { fylke } = await params;
  const user = await requirePageUser(`/min-side/struktur/${fylke}/offentlighet`);
  const data = await getOpenness(user, fylke);
  if (!data) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${fylke}`, label: msg("structureCommon.setupCrumb") }]} current={t.title} />
      <h1 className="ds-heading" data-size="lg">{t.heading(data.county.name)}</h1>
      <p className="ds-paragraph">{t.intro}</p>
      {data.documents.length === 0 ? <p>{t.none}</p> : (
        <TableScroll label={t.caption}>
          <table className="ds-table" data-border="true">
            <caption className="sr-only">{t.caption}</caption>
            <thead><tr><th scope="col">{t.document}</th><th scope="col">{t.state}</th><th scope="col"><span className="sr-only">{t.withhold}</span></th></tr></thead>
            <tbody>
              {data.documents.map((d) => (
                <tr key={`${d.kind}-${d.id}`}>
                  <th scope="row" className="font-normal">{kindLabel[d.kind]}: <Link className="ds-link" href={d.href}>{d.title}</Link></th>
                  <td>{d.withheld ? t.no(d.withheld) : t.yes}</td>
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
