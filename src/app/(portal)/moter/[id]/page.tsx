import type { Metadata } from "next";
import { SchemeNav, SchemeTag } from "@/components/scheme-nav";
import { schemeLongName, schemeName, schemeText } from "@/lib/messages/schemes";
import { pickFilter } from "@/domain/schemes";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DemoTag } from "@/components/demo-tag";
import { formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getMeetingForUser } from "@/server/voting/queries";
import { BallotForm, ChairControls, CommitteeDecision, ConsensusDecision, FinalSay, LiveVoterStatus, NewCaseForm } from "./_components/voting-forms";
import { DecisionSummary, RoundResult } from "./_components/round-views";
import { Attachments } from "@/components/attachments";
import { uploadCaseAttachmentAction } from "@/server/voting/actions";
import { agendaLocked, attendanceOpen, osloFields } from "@/domain/meetings";
import { meetings as meetingText } from "@/lib/messages/meetings";
import { ApproveMinutes, AttendanceForm, MeetingForm, MoveCase, PublishAgenda } from "../_components/meeting-forms";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ordning?: string | string[] }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("voting.page"))("metaTitle") };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { ordning } = await searchParams;
  const user = await requirePageUser(`/moter/${id}`);
  const data = await getMeetingForUser(user, id);
  if (!data) notFound();
  const { meeting, cases, seat, unit, rules, isChair, inCommittee, canFinalSay, canPlan, attendance, minutesToApprove } = data;
  const forumSchemes = meeting.forum.schemes.map((f) => f.scheme).sort((x, y) => x.position - y.position);
  // ?ordning= shows one scheme's cases (a forum may steer several); an unknown one is explained and all are shown.
  const picked = pickFilter(ordning, forumSchemes);
  const chosen = picked.ok ? picked.scheme : null;
  const shownCases = chosen ? cases.filter((c) => c.scheme.code === chosen.code) : cases;
  const now = new Date();
  const started = agendaLocked(meeting, now);
  const t = await getTranslations("voting.page");
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/moter", label: t("meetings") }]} current={meeting.title} />
      <div>
        <h1 className="ds-heading" data-size="lg">{meeting.title}<DemoTag show={meeting.isDemo} /></h1>
        <p className="ds-paragraph mt-2">
          {meeting.forum.name} · {formatDateTime(meeting.startsAt)}{meeting.place ? ` · ${meeting.place}` : ""}
          {meeting.videoLink && <> · <a className="ds-link" href={meeting.videoLink} rel="noopener noreferrer">{t("videoLink")}</a></>}
        </p>
        <p className="mt-1">
          {meeting.agendaPublishedAt ? <span className="ds-tag" data-color="success" data-size="sm">{t("published")}</span> : <span className="ds-tag" data-color="warning" data-size="sm">{t("notPublished")}</span>}
        </p>
        <p className="ds-paragraph mt-1">
          {seat ? t(unit ? "seatVotes" : "seatSpeaks", { title: seat.title.toLowerCase(), organisation: seat.organisation }) : t("following")}
          {rules.voteUnit === "MUNICIPALITY" && ` ${t("municipalityVote")}`}
          {rules.requiresConsensusFailure && ` ${t("consensus")}`}
        </p>
        {meeting.agendaPublishedAt && <p className="mt-2"><Link className="ds-link" href={`/moter/${meeting.id}/protokoll`}>{t("minutesLink")}</Link></p>}
      </div>
      {canPlan && (
        <section aria-labelledby="planlegging" className="space-y-4">
          <h2 id="planlegging" className="ds-heading" data-size="md">{t("planning")}</h2>
          {!started && (
            <MeetingForm summary={t("changeTime")} prefix="endre-mote" meeting={{ id: meeting.id, version: meeting.version, title: meeting.title, ...osloFields(meeting.startsAt), place: meeting.place, videoLink: meeting.videoLink }} />
          )}
          <PublishAgenda meetingId={meeting.id} version={meeting.version} publishedAt={meeting.agendaPublishedAt ? formatDateTime(meeting.agendaPublishedAt) : null} />
          {!started && cases.length > 1 && (
            <div className="space-y-2">
              <h3 className="ds-heading" data-size="xs">{t("order")}</h3>
              <ol className="num-list space-y-1">
                {cases.map((c, i) => (
                  <li key={c.id}>
                    <span>{t("caseLine", { number: c.number, title: c.title })}</span>
                    <MoveCase meetingId={meeting.id} caseId={c.id} number={c.number} version={meeting.version} first={i === 0} last={i === cases.length - 1} />
                  </li>
                ))}
              </ol>
            </div>
          )}
          <div className="space-y-2">
            <h3 className="ds-heading" data-size="xs">{t("attendance")}</h3>
            {attendance.recorded && <p className="ds-paragraph">{meetingText.quorum(attendance.quorum)}</p>}
            {attendanceOpen(meeting, now)
              ? <AttendanceForm meetingId={meeting.id} version={meeting.version} members={meeting.forum.members.map((m) => ({ id: m.id, label: `${m.name}, ${m.organisation}`, present: attendance.present.some((p) => p.id === m.id) }))} />
              : <p className="ds-paragraph">{t("attendanceFrom")}</p>}
          </div>
          {minutesToApprove.length > 0 && (
            <div className="space-y-2">
              <h3 className="ds-heading" data-size="xs">{t("approveEarlier")}</h3>
              <ApproveMinutes meetingId={meeting.id} earlier={minutesToApprove} />
            </div>
          )}
        </section>
      )}
      <h2 className="ds-heading" data-size="md">{t("agenda")}</h2>
      {forumSchemes.length > 1 && <p className="ds-paragraph">{t("forumServes", { schemes: forumSchemes.map((s) => schemeName(s.code)).join(` ${t("and")} `) })}</p>}
      <SchemeNav path={`/moter/${meeting.id}`} schemes={forumSchemes} current={chosen} all problem={picked.ok ? null : schemeText.problem(picked.problem)} />
      {(inCommittee || (isChair && meeting.forum.committees.length === 0)) && <NewCaseForm meetingId={meeting.id} schemes={forumSchemes.map((s) => ({ id: s.id, label: schemeLongName(s.code) }))} />}
      {shownCases.map((c) => {
        const open = c.rounds.find((r) => r.status === "OPEN");
        const closed = c.rounds.filter((r) => r.status === "CLOSED");
        const myBallot = open && unit ? open.ballots.find((b) => b.unit === unit) : undefined;
        return (
          <article key={c.id} aria-labelledby={`sak-${c.id}`} className="ds-card"><div className="space-y-3">
            <h3 id={`sak-${c.id}`} className="ds-heading" data-size="sm">{t("caseLine", { number: c.number, title: c.title })}</h3>
            <p className="text-sm">
              {forumSchemes.length > 1 && <><SchemeTag code={c.scheme.code} />{" "}</>}
              <span className="ds-tag" data-size="sm" data-color={c.kind === "ORDINAR" ? "neutral" : "warning"}>{t(`kind.${c.kind}`)}</span>{" "}
              {t("preparedBy", { by: c.preparedBy })}
            </p>
            <p className="ds-paragraph">{c.description}</p>
            <div>
              <p className="font-semibold">{t("proposals")}</p>
              <ol className="num-list">{c.proposals.map((p) => <li key={p.id}>{p.text}</li>)}</ol>
            </div>
            {(c.attachments.length > 0 || ((inCommittee || isChair) && c.status === "OPEN")) && (
              <Attachments id={`sak-${c.id}-dok`} title={t("documents", { number: c.number })} headingLevel={4} hidden={{ caseId: c.id, meetingId: meeting.id }} downloadBase="/moter/vedlegg"
                attachments={c.attachments} editable={(inCommittee || isChair) && c.status === "OPEN"} upload={uploadCaseAttachmentAction} />
            )}
            {c.decision && <DecisionSummary decision={c.decision} />}
            {open && (
              <section aria-label={t("roundLabel", { number: c.number })} className="space-y-3">
                <p className="font-semibold" role="status">{t("openUntil", { at: formatDateTime(open.closesAt) })}</p>
                {open.consensusFailedNote && <p className="text-sm">{t("noConsensus", { note: open.consensusFailedNote })}</p>}
                {unit && open.voters.some((v) => v.unit === unit) && (
                  <BallotForm meetingId={meeting.id} roundId={open.id} alternatives={open.alternatives}
                    unitLabel={open.voters.find((v) => v.unit === unit)!.label}
                    current={myBallot ? { proposalId: myBallot.proposalId, castBy: myBallot.member.name } : null} />
                )}
                <LiveVoterStatus roundId={open.id} voters={open.voters} initial={open.ballots.map((b) => ({ unit: b.unit, by: b.member.name }))} />
              </section>
            )}
            {closed.map((r) => <RoundResult key={r.id} round={r} />)}
            {isChair && c.status === "OPEN" && (
              <ChairControls meetingId={meeting.id} caseId={c.id} version={c.version} openRoundId={open?.id ?? null} needsConsensusNote={rules.requiresConsensusFailure} />
            )}
            {inCommittee && c.status === "OPEN" && !open && <CommitteeDecision meetingId={meeting.id} caseId={c.id} version={c.version} kind={c.kind} proposals={c.proposals} />}
            {canFinalSay && rules.requiresConsensusFailure && c.status === "OPEN" && !open && c.proposals.length > 0 && (
              <ConsensusDecision meetingId={meeting.id} caseId={c.id} version={c.version} proposals={c.proposals} />
            )}
            {canFinalSay && c.status === "OPEN" && !open && closed.some((r) => r.result.outcome === "UNDECIDED") && (
              <FinalSay meetingId={meeting.id} caseId={c.id} version={c.version} proposals={c.proposals} />
            )}
          </div></article>
        );
      })}
    </div>
  );
}
