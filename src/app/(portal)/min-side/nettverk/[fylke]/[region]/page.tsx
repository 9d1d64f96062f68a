import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableScroll } from "@/components/table-scroll";
import { formatDate } from "@/lib/format";
import { msg } from "@/i18n/server-text";
import { requirePageUser } from "@/server/auth/session";
import { getNetworkList } from "@/server/networks/queries";
import { NetworkForm } from "./_components/network-form";
import { schemeName } from "@/lib/messages/schemes";

type Props = { params: Promise<{ fylke: string; region: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("networkForms.page.listTitle") };
}

export default async function NetworksPage({ params }: Props) {
  const t = await getTranslations("networkForms.page");
  const { fylke, region: slug } = await params;
  const user = await requirePageUser(`/min-side/nettverk/${fylke}/${slug}`);
  const data = await getNetworkList(user, fylke, slug);
  if (!data) notFound();
  const { region, networks, schemes, canEdit } = data;
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }]} current={t("listHeading", { region: region.name })} />
      <h1 className="ds-heading" data-size="lg">{t("listHeading", { region: region.name })}</h1>
      {networks.length === 0 ? <p>{t("none")}</p> : (
        <TableScroll label={t("listHeading", { region: region.name })}>
          <table className="ds-table" data-border="true">
            <caption className="sr-only">{t("listHeading", { region: region.name })}</caption>
            <thead><tr><th scope="col">{t("network")}</th><th scope="col">{t("kind")}</th><th scope="col">{t("scheme")}</th><th scope="col" className="text-right">{t("participants")}</th><th scope="col" className="text-right">{t("gatherings")}</th><th scope="col">{t("next")}</th></tr></thead>
            <tbody>
              {networks.map((n) => (
                <tr key={n.id}>
                  <th scope="row" className="font-normal"><Link className="ds-link" href={`/min-side/nettverk/${fylke}/${slug}/${n.id}`}>{n.name}</Link></th>
                  <td>{msg(`networkForms.kind.${n.kind}`)}</td>
                  <td>{n.scheme ? schemeName(n.scheme.code) : t("noScheme")}</td>
                  <td className="text-right">{n._count.participants}</td>
                  <td className="text-right">{n._count.gatherings}</td>
                  <td>{n.gatherings[0] ? `${n.gatherings[0].title}, ${formatDate(n.gatherings[0].startsAt)}` : t("noneNext")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canEdit && (
        <section aria-labelledby="nytt" className="space-y-3">
          <h2 id="nytt" className="ds-heading" data-size="md">{t("createHeading")}</h2>
          <NetworkForm regionId={region.id} schemes={schemes.map((s) => ({ id: s.id, name: schemeName(s.code) }))} />
        </section>
      )}
    </div>
  );
}
