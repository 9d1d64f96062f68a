import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { listMeetings, meetingSpan } from "@/server/voting/queries";
import { YearNav, yearParam } from "@/components/year-nav";
import { getTranslations } from "next-intl/server";
import { dateIn } from "@/domain/deadline";
import { MeetingForm } from "./_components/meeting-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("voting.list"))("metaTitle") };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ ar?: string }> }) {
  const user = await requirePageUser("/moter");
  const year = yearParam((await searchParams).ar);
  const { forums, years } = await listMeetings(user, meetingSpan(dateIn(new Date()).year, year ?? undefined));
  const t = await getTranslations("voting.list");
  return (
    <div className="space-y-8">
      <h1 className="ds-heading" data-size="lg">{t("title")}</h1>
      {forums.length === 0 && <p className="ds-paragraph">{t("noForum")}</p>}
      <YearNav path="/moter" years={years} year={year} />
      {forums.map((f) => (
        <section key={f.id} aria-labelledby={`forum-${f.id}`} className="space-y-3">
          <h2 id={`forum-${f.id}`} className="ds-heading" data-size="md">{f.name}</h2>
          {f.meetings.length === 0 && <p className="ds-paragraph">{year ? t("none", { year: String(year) }) : t("noneYet")}</p>}
          <ul className="prose-list">
            {f.meetings.map((m) => (
              <li key={m.id}>
                <Link className="ds-link" href={`/moter/${m.id}`}>{m.title}</Link>, {formatDateTime(m.startsAt)}{m.place ? `, ${m.place}` : ""}{m.videoLink ? `, ${t("video")}` : ""}
                {!m.agendaPublishedAt && t("notPublished")}
              </li>
            ))}
          </ul>
          {f.canPlan && (
            <MeetingForm summary={t("newMeeting", { forum: f.name })} forumId={f.id} prefix={`nytt-mote-${f.id}`} />
          )}
        </section>
      ))}
    </div>
  );
}
