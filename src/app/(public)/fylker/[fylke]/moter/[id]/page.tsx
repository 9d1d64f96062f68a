import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatDateTime } from "@/lib/format";
import { caseKindLabel } from "@/lib/messages";
import { meetings as meetingText } from "@/lib/messages/meetings";
import { getPublicMeeting } from "@/server/voting/queries";

type Props = { params: Promise<{ fylke: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { fylke, id } = await params;
  const data = await getPublicMeeting(fylke, id);
  return { title: data ? data.meeting.title : "Fant ikke møtet" };
}

/** A published meeting for everyone: when and where, the agenda in order, who attended, the minutes. */
export default async function PublicMeetingPage({ params }: Props) {
  const { fylke, id } = await params;
  const data = await getPublicMeeting(fylke, id);
  if (!data) notFound();
  const { meeting, attendance } = data;
  return (
    <div className="space-y-6 max-w-3xl">
      <Breadcrumbs trail={[{ href: `/fylker/${fylke}/moter`, label: "Møter og protokoller" }]} current={meeting.title} />
      <div>
        <h1 className="ds-heading" data-size="lg">{meeting.title}</h1>
        <p className="ds-paragraph mt-2">
          {meeting.forum.name} · {formatDateTime(meeting.startsAt)}{meeting.place ? ` · ${meeting.place}` : ""}{meeting.videoLink ? " · videomøte" : ""}
        </p>
      </div>
      <section aria-labelledby="saksliste" className="space-y-2">
        <h2 id="saksliste" className="ds-heading" data-size="md">Saksliste</h2>
        <ol className="num-list">
          {meeting.cases.map((c) => (
            <li key={c.id}>Sak {c.number}: {c.title} <span className="text-sm">({caseKindLabel[c.kind].toLowerCase()})</span></li>
          ))}
        </ol>
      </section>
      {attendance.recorded && (
        <section aria-labelledby="oppmote" className="space-y-2">
          <h2 id="oppmote" className="ds-heading" data-size="md">Oppmøte</h2>
          <p className="ds-paragraph">{attendance.present.map((m) => `${m.name} (${m.organisation})`).join(", ")}.</p>
          <p className="ds-paragraph">{meetingText.quorum(attendance.quorum)}</p>
        </section>
      )}
      <section aria-labelledby="protokoll" className="space-y-2">
        <h2 id="protokoll" className="ds-heading" data-size="md">Protokoll</h2>
        <p className="ds-paragraph">
          {meeting.minutesApprovedAt && meeting.minutesApprovedIn
            ? `Godkjent i ${meeting.minutesApprovedIn.title}, ${formatDateTime(meeting.minutesApprovedAt)}.`
            : "Protokollen er ikke godkjent ennå. Den godkjennes i forumets neste møte."}
        </p>
        <p><Link className="ds-link" href={`/moter/${meeting.id}/protokoll`}>Les protokollen</Link></p>
      </section>
    </div>
  );
}
