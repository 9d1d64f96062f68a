import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { listMeetings, meetingSpan } from "@/server/voting/queries";
import { YearNav, yearParam } from "@/components/year-nav";
import { meetingListText } from "@/lib/messages/meetings";
import { dateIn } from "@/domain/deadline";
import { MeetingForm } from "./_components/meeting-forms";

export const metadata: Metadata = { title: "Møter" };

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ ar?: string }> }) {
  const user = await requirePageUser("/moter");
  const year = yearParam((await searchParams).ar);
  const { forums, years } = await listMeetings(user, meetingSpan(dateIn(new Date()).year, year ?? undefined));
  return (
    <div className="space-y-8">
      <h1 className="ds-heading" data-size="lg">Møter og saker</h1>
      {forums.length === 0 && <p className="ds-paragraph">Du er ikke medlem av noe forum i portalen.</p>}
      <YearNav path="/moter" years={years} year={year} />
      {forums.map((f) => (
        <section key={f.id} aria-labelledby={`forum-${f.id}`} className="space-y-3">
          <h2 id={`forum-${f.id}`} className="ds-heading" data-size="md">{f.name}</h2>
          {f.meetings.length === 0 && <p className="ds-paragraph">{year ? meetingListText.none(year) : "Ingen møter er planlagt ennå."}</p>}
          <ul className="prose-list">
            {f.meetings.map((m) => (
              <li key={m.id}>
                <Link className="ds-link" href={`/moter/${m.id}`}>{m.title}</Link>, {formatDateTime(m.startsAt)}{m.place ? `, ${m.place}` : ""}{m.videoLink ? ", videomøte" : ""}
                {!m.agendaPublishedAt && " (sakslisten er ikke publisert)"}
              </li>
            ))}
          </ul>
          {f.canPlan && (
            <MeetingForm summary={`Nytt møte i ${f.name}`} forumId={f.id} prefix={`nytt-mote-${f.id}`} />
          )}
        </section>
      ))}
    </div>
  );
}
