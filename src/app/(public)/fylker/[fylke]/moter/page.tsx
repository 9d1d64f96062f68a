import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { getCountyNames } from "@/server/structure/queries";
import { listPublicMeetings, meetingSpan } from "@/server/voting/queries";
import { YearNav, yearParam } from "@/components/year-nav";
import { dateIn } from "@/domain/deadline";

type Props = { params: Promise<{ fylke: string }>; searchParams: Promise<{ ar?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [county, t, c] = await Promise.all([getCountyNames((await params).fylke), getTranslations("publicMeetings"), getTranslations("county")]);
  return { title: county ? t("metaTitle", { county: county.name }) : c("notFound") };
}

/** Each body's meetings with a published agenda, with the minutes once there are any. */
export default async function PublicMeetingsPage({ params, searchParams }: Props) {
  const { fylke } = await params;
  const year = yearParam((await searchParams).ar);
  const data = await listPublicMeetings(fylke, meetingSpan(dateIn(new Date()).year, year ?? undefined));
  if (!data) notFound();
  const t = await getTranslations("publicMeetings");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="ds-heading" data-size="lg">{t("heading", { county: data.county.name })}</h1>
        <p className="ds-paragraph mt-2">{t("intro")}</p>
      </div>
      {data.forums.length === 0 && <p className="ds-paragraph">{t("noForums")}</p>}
      <YearNav path={`/fylker/${fylke}/moter`} years={data.years} year={year} />
      {data.forums.map((f) => (
        <section key={f.id} id={`forum-${f.id}`} aria-labelledby={`forum-${f.id}-tittel`} className="space-y-2">
          <h2 id={`forum-${f.id}-tittel`} className="ds-heading" data-size="md">{f.name}</h2>
          {f.meetings.length === 0 ? <p className="ds-paragraph">{t("noMeetings")}</p> : (
            <ul className="prose-list">
              {f.meetings.map((m) => (
                <li key={m.id}>
                  <Link className="ds-link" href={`/fylker/${fylke}/moter/${m.id}`}>{m.title}</Link>, {formatDateTime(m.startsAt)}
                  {m.place ? `, ${m.place}` : ""}{m.videoLink ? `, ${t("video")}` : ""} · {t("cases", { count: m._count.cases })}
                  {" · "}{m.minutesApprovedAt ? t("minutesApproved") : t("minutesNotApproved")}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
