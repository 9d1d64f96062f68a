import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableScroll } from "@/components/table-scroll";
import { formatDateTime } from "@/lib/format";
import { archiveText as t } from "@/lib/messages/archive";
import { msg } from "@/i18n/server-text";
import { requirePageUser } from "@/server/auth/session";
import { getArchive } from "@/server/archive/queries";
import { SchemeNav } from "@/components/scheme-nav";
import { schemeName } from "@/lib/messages/schemes";
import { ArchiveSettingsForm, PackageForm, RetryForm } from "./_components/archive-forms";

type Props = { params: Promise<{ fylke: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: t.title };
}

export default async function ArchivePage({ params, searchParams }: Props) {
  const { fylke } = await params;
  const user = await requirePageUser(`/min-side/struktur/${fylke}/arkiv`);
  const data = await getArchive(user, fylke, (await searchParams).ordning);
  if (!data) notFound();
  const now = new Date();
  const upTo = now.toISOString();
  const configured = !!data.county.archiveUrl;
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${fylke}`, label: msg("setup.title") }]} current={t.title} />
      <div className="space-y-3">
        <h1 className="ds-heading" data-size="lg">{t.heading(data.county.name)}</h1>
        <p className="ds-paragraph">{t.intro}</p>
        <p className="ds-paragraph">{t.summary(data.count)}</p>
      </div>
      <section aria-labelledby="arkivsystem" className="space-y-3">
        <h2 id="arkivsystem" className="ds-heading" data-size="sm">{t.settingsHeading}</h2>
        <ArchiveSettingsForm county={data.county} />
      </section>
      {!configured && (
        <section aria-labelledby="pakke" className="space-y-3">
          <h2 id="pakke" className="ds-heading" data-size="sm">{t.packageHeading}</h2>
          <p className="ds-paragraph">{t.packageIntro(data.waiting)}</p>
          <PackageForm countyId={data.county.id} upTo={upTo} waiting={data.waiting} href={`/min-side/struktur/${fylke}/arkiv/pakke?til=${encodeURIComponent(upTo)}`} />
        </section>
      )}
      <section aria-labelledby="kopiene" className="space-y-3">
        <h2 id="kopiene" className="ds-heading" data-size="sm">{t.copiesHeading}</h2>
        <SchemeNav path={`/min-side/struktur/${fylke}/arkiv`} schemes={data.schemes} current={data.scheme} problem={data.problem} all />
        {data.scheme && <p className="ds-paragraph">{t.minutesUnderAll}</p>}
        {data.copies.length === 0 ? <p className="ds-paragraph">{t.none}</p> : (
          <TableScroll label={t.caption}>
            <table className="ds-table" data-border="true">
              <caption className="sr-only">{t.caption}</caption>
              <thead><tr><th scope="col">{t.col.document}</th><th scope="col">{t.col.scheme}</th><th scope="col">{t.col.decided}</th><th scope="col">{t.col.status}</th><th scope="col">{t.col.file}</th></tr></thead>
              <tbody>
                {data.copies.map((c) => {
                  const title = c.title ?? (c.status === "FAILED" ? t.notMadeKind[c.kind] : t.notMade);
                  return (
                    <tr key={c.id}>
                      <th scope="row" className="font-normal">{title}</th>
                      <td>{c.scheme ? schemeName(c.scheme.code) : t.everyScheme}</td>
                      <td>{formatDateTime(c.decidedAt)}</td>
                      <td className="space-y-1">
                        <p><strong>{t.status[c.status]}</strong>{" "}
                          {c.status === "DELIVERED" ? (c.byPackage ? t.byPackage : t.delivered)(formatDateTime(c.deliveredAt ?? c.decidedAt))
                            : c.status === "FAILED" ? t.failedDetail(c.attempts)
                            : configured ? t.pendingDetail(c.attempts, formatDateTime(c.nextAttemptAt < now ? now : c.nextAttemptAt)) : t.noArchive}
                        </p>
                        {c.lastError && c.status !== "DELIVERED" && <p className="text-sm">{t.lastError(c.lastError)}</p>}
                        {c.status !== "DELIVERED" && configured && <RetryForm copyId={c.id} title={title} />}
                      </td>
                      <td>{c.generatedAt ? <><a className="ds-link" href={`/min-side/struktur/${fylke}/arkiv/kopi/${c.id}`} download>{t.download}<span className="sr-only"> {title}</span></a><br /><span className="text-sm">{t.fileSize(Math.ceil((c.sizeBytes ?? 0) / 1000))}</span></> : t.notMade}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
        {data.copies.length === data.shown && <p className="ds-paragraph">{t.onlyNewest(data.shown)}</p>}
      </section>
    </div>
  );
}
