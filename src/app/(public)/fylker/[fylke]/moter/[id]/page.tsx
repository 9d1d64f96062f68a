import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatDateTime } from "@/lib/format";
import { getPublicMeeting } from "@/server/voting/queries";
import { SchemeNav, SchemeTag } from "@/components/scheme-nav";
import { pickFilter } from "@/domain/schemes";
import { schemeText } from "@/lib/messages/schemes";

type Props = { params: Promise<{ fylke: string; id: string }>; searchParams: Promise<{ ordning?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { fylke, id } = await params;
  const [data, t] = await Promise.all([getPublicMeeting(fylke, id), getTranslations("publicMeetings")]);
  return { title: data ? data.meeting.title : t("meetingNotFound") };
}

/** A published meeting for everyone: when and where, the agenda in order, who attended, the minutes. */
export default async function PublicMeetingPage({ params, searchParams }: Props) {
  const { fylke, id } = await params;
  const data = await getPublicMeeting(fylke, id);
  if (!data) notFound();
  const { meeting, attendance } = data;
  // A forum that steers several schemes: each case is tagged with its scheme, and ?ordning= narrows the agenda to one
  // scheme's cases (an unknown one is explained and every case is shown).
  const forumSchemes = meeting.forum.schemes.map((f) => f.scheme).sort((x, y) => x.position - y.position);
  const picked = pickFilter((await searchParams).ordning, forumSchemes);
  const chosen = picked.ok ? picked.scheme : null;
  const shownCases = chosen ? meeting.cases.filter((c) => c.scheme.code === chosen.code) : meeting.cases;
  const t = await getTranslations("publicMeetings");
  const q = attendance.quorum;
  return (
    <div className="space-y-6 max-w-3xl">
      <Breadcrumbs trail={[{ href: `/fylker/${fylke}/moter`, label: (await getTranslations("county"))("navMeetings") }]} current={meeting.title} />
      <div>
        <h1 className="ds-heading" data-size="lg">{meeting.title}</h1>
        <p className="ds-paragraph mt-2">
          {meeting.forum.name} · {formatDateTime(meeting.startsAt)}{meeting.place ? ` · ${meeting.place}` : ""}{meeting.videoLink ? ` · ${t("video")}` : ""}
        </p>
      </div>
      <section aria-labelledby="saksliste" className="space-y-2">
        <h2 id="saksliste" className="ds-heading" data-size="md">{t("agenda")}</h2>
        <SchemeNav path={`/fylker/${fylke}/moter/${meeting.id}`} schemes={forumSchemes} current={chosen} all problem={picked.ok ? null : schemeText.problem(picked.problem)} />
        <ol className="num-list">
          {shownCases.map((c) => (
            <li key={c.id}>
              {forumSchemes.length > 1 && <><SchemeTag code={c.scheme.code} />{" "}</>}
              {t("caseLine", { number: c.number, title: c.title })} <span className="text-sm">({t(`kind.${c.kind}`)})</span>
            </li>
          ))}
        </ol>
      </section>
      {attendance.recorded && (
        <section aria-labelledby="oppmote" className="space-y-2">
          <h2 id="oppmote" className="ds-heading" data-size="md">{t("attendance")}</h2>
          <p className="ds-paragraph">{attendance.present.map((m) => `${m.name} (${m.organisation})`).join(", ")}.</p>
          <p className="ds-paragraph">
            {q.quorate === null ? t("quorumNone", { present: String(q.present) }) : t(q.quorate ? "quorate" : "notQuorate", { present: String(q.present), required: String(q.required) })}
          </p>
        </section>
      )}
      <section aria-labelledby="protokoll" className="space-y-2">
        <h2 id="protokoll" className="ds-heading" data-size="md">{t("minutes")}</h2>
        <p className="ds-paragraph">
          {meeting.minutesApprovedAt && meeting.minutesApprovedIn
            ? t("approvedIn", { meeting: meeting.minutesApprovedIn.title, at: formatDateTime(meeting.minutesApprovedAt) })
            : t("notApproved")}
        </p>
        <p><Link className="ds-link" href={`/moter/${meeting.id}/protokoll`}>{t("read")}</Link></p>
      </section>
    </div>
  );
}
