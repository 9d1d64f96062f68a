import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableScroll } from "@/components/table-scroll";
import { GATHERING_PARTS } from "@/domain/networks";
import { formatDate } from "@/lib/format";
import { msg } from "@/i18n/server-text";
import { requirePageUser } from "@/server/auth/session";
import { getNetwork } from "@/server/networks/queries";
import { NetworkForm } from "../_components/network-form";
import { schemeLongName, schemeName } from "@/lib/messages/schemes";
import { ConfirmForm } from "@/components/form-parts";
import { removeParticipantAction } from "@/server/networks/actions";
import { AddParticipantForm, AttendanceForm, CriteriaForm, GatheringForm } from "./_components/network-forms";

type Props = { params: Promise<{ fylke: string; region: string; id: string }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("networkForms.page.listTitle") };
}


const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export default async function NetworkPage({ params }: Props) {
  const t = await getTranslations("networkForms.detail");
  const { fylke, region: slug, id } = await params;
  const user = await requirePageUser(`/min-side/nettverk/${fylke}/${slug}/${id}`);
  if (!/^[a-z0-9]{20,40}$/i.test(id)) notFound();
  const data = await getNetwork(user, fylke, slug, id);
  if (!data) notFound();
  const { region, network, schemes, participants, gatherings, criteria, canEdit } = data;
  const nameOf = (p: (typeof participants)[number]) => p.school?.name ?? p.label ?? "";
  const criteriaItems = criteria.map((c) => ({ id: c.id, text: c.text, group: msg(`networks.audience.${c.audience}`) }));
  const confirmable = participants.filter((p) => p.canConfirm);
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/nettverk/${fylke}/${slug}`, label: t("networksOf", { region: region.name }) }]} current={network.name} />
      <div className="space-y-2">
        <h1 className="ds-heading" data-size="lg">{network.name}</h1>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("kind")}</dt><dd>{msg(`networkForms.kind.${network.kind}`)}</dd>
          <dt className="font-semibold">{t("targetGroup")}</dt><dd>{network.targetGroup}</dd>
          <dt className="font-semibold">{t("rhythm")}</dt><dd>{network.rhythm}</dd>
          <dt className="font-semibold">{t("scheme")}</dt><dd>{network.scheme ? schemeLongName(network.scheme.code) : t("noScheme")}</dd>
        </dl>
        {canEdit && (
          <details>
            <summary className="ds-link cursor-pointer">{t("editNetwork")}</summary>
            <div className="mt-3"><NetworkForm regionId={region.id} schemes={schemes.map((s) => ({ id: s.id, name: schemeName(s.code) }))} network={{ id: network.id, version: network.version, name: network.name, kind: network.kind, targetGroup: network.targetGroup, rhythm: network.rhythm, schemeId: network.schemeId }} /></div>
          </details>
        )}
      </div>

      <section aria-labelledby="deltakere" className="space-y-3">
        <h2 id="deltakere" className="ds-heading" data-size="md">{t("participantsHeading")}</h2>
        {participants.length === 0 ? <p>{t("noParticipants")}</p> : (
          <TableScroll label={t("participantsCaption", { network: network.name })}>
            <table className="ds-table" data-border="true">
              <caption className="sr-only">{t("participantsCaption", { network: network.name })}</caption>
              <thead><tr><th scope="col">{t("name")}</th><th scope="col">{t("owner")}</th><th scope="col">{t("criteria")}</th>{canEdit && <th scope="col"><span className="sr-only">{t("remove")}</span></th>}</tr></thead>
              <tbody>
                {participants.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="font-normal">{nameOf(p)}</th>
                    <td>{p.school?.owner.name ?? "–"}</td>
                    <td>{p.status ? (p.status.complete ? t("criteriaComplete") : t("criteriaOf", { done: p.status.confirmed, total: p.status.total })) : "–"}</td>
                    {canEdit && (
                      <td>
                        <ConfirmForm action={removeParticipantAction} fields={{ participantId: p.id, version: network.version }} variant="tertiary" size="sm" question={t("removeQuestion", { name: nameOf(p) })} confirm={t("removeConfirm")}>
                          {t("remove")} <span className="sr-only">{nameOf(p)}</span>
                        </ConfirmForm>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {canEdit && <AddParticipantForm networkId={network.id} version={network.version} schools={data.freeSchools.map((s) => ({ id: s.id, label: `${s.name} (${s.owner.name})` }))} />}
      </section>

      {confirmable.length > 0 && criteria.length > 0 && (
        <section aria-labelledby="kriterier" className="space-y-3">
          <h2 id="kriterier" className="ds-heading" data-size="md">{t("checklistHeading")}</h2>
          <p className="ds-paragraph">{t("checklistIntro")}</p>
          {confirmable.map((p) => (
            <details key={p.id}>
              <summary className="ds-link cursor-pointer">{t("checklistFor", { school: nameOf(p) })}: {p.status!.complete ? t("criteriaComplete") : t("criteriaOf", { done: p.status!.confirmed, total: p.status!.total })}</summary>
              <div className="mt-3"><CriteriaForm participantId={p.id} school={nameOf(p)} criteria={criteriaItems} confirmed={p.confirmations.map((c) => c.criterionId)} /></div>
            </details>
          ))}
        </section>
      )}

      <section aria-labelledby="samlinger" className="space-y-4">
        <h2 id="samlinger" className="ds-heading" data-size="md">{t("gatheringsHeading")}</h2>
        {gatherings.length === 0 && <p>{t("noGatherings")}</p>}
        {gatherings.map((g) => (
          <article key={g.id} aria-labelledby={`g-${g.id}`} className="ds-card space-y-2">
            <h3 id={`g-${g.id}`} className="ds-heading" data-size="xs">{g.title}: {formatDate(g.startsAt)}, {t("dayCount", { n: g.days })}, {g.place}</h3>
            <dl className="space-y-1">
              {GATHERING_PARTS.map((part) => <div key={part}><dt className="font-semibold">{msg(`networkForms.part.${part}`)}</dt><dd>{g[part] || "–"}</dd></div>)}
            </dl>
            {participants.length > 0 && <p>{t("attendance", { present: g.attendance.length, of: participants.length, percent: g.percent })}</p>}
            {canEdit && (
              <details>
                <summary className="ds-link cursor-pointer">{t("editGathering", { title: g.title })}</summary>
                <div className="mt-3 space-y-6">
                  <AttendanceForm gatheringId={g.id} version={g.version} participants={participants.map((p) => ({ id: p.id, name: nameOf(p) }))} present={g.attendance.map((a) => a.participantId)} />
                  <GatheringForm networkId={network.id} gathering={{ id: g.id, version: g.version, title: g.title, date: isoDay(g.startsAt), days: g.days, place: g.place, faglige: g.faglige ?? "", innblikk: g.innblikk ?? "", erfaring: g.erfaring ?? "", veienVidere: g.veienVidere ?? "" }} />
                </div>
              </details>
            )}
          </article>
        ))}
        {canEdit && (
          <section aria-labelledby="ny-samling" className="space-y-3">
            <h3 id="ny-samling" className="ds-heading" data-size="sm">{t("addGatheringHeading")}</h3>
            <GatheringForm networkId={network.id} />
          </section>
        )}
      </section>
    </div>
  );
}
