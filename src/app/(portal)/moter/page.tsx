import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { listMeetings } from "@/server/voting/queries";

export const metadata: Metadata = { title: "Møter" };

export default async function MeetingsPage() {
  const user = await requirePageUser("/moter");
  const forums = await listMeetings(user);
  return (
    <div className="space-y-6">
      <h1 className="ds-heading" data-size="lg">Møter og saker</h1>
      {forums.length === 0 && <p className="ds-paragraph">Du er ikke medlem av noe forum i portalen.</p>}
      {forums.map((f) => (
        <section key={f.id} aria-labelledby={`forum-${f.id}`}>
          <h2 id={`forum-${f.id}`} className="ds-heading" data-size="md">{f.name}</h2>
          <ul className="prose-list mt-2">
            {f.meetings.map((m) => (
              <li key={m.id}><Link className="ds-link" href={`/moter/${m.id}`}>{m.title}</Link>, {formatDateTime(m.startsAt)}, {m.place}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
