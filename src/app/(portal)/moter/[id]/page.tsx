import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DemoTag } from "@/components/demo-tag";
import { formatDateTime } from "@/lib/format";
import { caseKindLabel } from "@/lib/messages";
import { requirePageUser } from "@/server/auth/session";
import { getMeetingForUser } from "@/server/voting/queries";
import { BallotForm, ChairControls, CommitteeDecision, FinalSay, LiveRefresh, NewCaseForm } from "./_components/voting-forms";
import { DecisionSummary, RoundResult, VoterStatus } from "./_components/round-views";
import { Attachments } from "@/components/attachments";
import { uploadCaseAttachmentAction } from "@/server/voting/actions";

type Props = { params: Promise<{ id: string }> };
export const metadata: Metadata = { title: "Møte" };

export default async function MeetingPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser(`/moter/${id}`);
  const data = await getMeetingForUser(user, id);
  if (!data) notFound();
  const { meeting, cases, seat, unit, rules, isChair, inCommittee, canFinalSay } = data;
  const openRoundIds = cases.flatMap((c) => c.rounds.filter((r) => r.status === "OPEN").map((r) => r.id));
  return (
    <div className="space-y-8">
      <nav aria-label="Brødsmulesti" className="text-sm">
        <ol className="flex gap-2"><li><Link className="ds-link" href="/moter">Møter</Link> /</li><li aria-current="page">{meeting.title}</li></ol>
      </nav>
      <div>
        <h1 className="ds-heading" data-size="lg">{meeting.title}<DemoTag show={meeting.isDemo} /></h1>
        <p className="ds-paragraph mt-2">{meeting.forum.name} · {formatDateTime(meeting.startsAt)} · {meeting.place}</p>
        <p className="ds-paragraph mt-1">
          {seat ? `Du deltar som ${seat.title.toLowerCase()}, ${seat.organisation}: ${unit ? "du kan stemme" : "du har talerett, ikke stemmerett"}.` : "Du følger møtet uten å være medlem."}
          {rules.voteUnit === "MUNICIPALITY" && " Hver kommune har én stemme; den siste stemmen som avgis for kommunen, teller."}
          {rules.requiresConsensusFailure && " Forumet arbeider etter konsensus, og stemmer bare når enighet ikke oppnås."}
        </p>
        <p className="mt-2"><Link className="ds-link" href={`/moter/${meeting.id}/protokoll`}>Protokoll fra møtet</Link></p>
      </div>
      <LiveRefresh roundIds={openRoundIds} />
      <h2 className="ds-heading" data-size="md">Saksliste</h2>
      {(inCommittee || (isChair && meeting.forum.committees.length === 0)) && <NewCaseForm meetingId={meeting.id} />}
      {cases.map((c) => {
        const open = c.rounds.find((r) => r.status === "OPEN");
        const closed = c.rounds.filter((r) => r.status === "CLOSED");
        const myBallot = open && unit ? open.ballots.find((b) => b.unit === unit) : undefined;
        return (
          <article key={c.id} aria-labelledby={`sak-${c.id}`} className="ds-card"><div className="space-y-3">
            <h3 id={`sak-${c.id}`} className="ds-heading" data-size="sm">Sak {c.number}: {c.title}</h3>
            <p className="text-sm">
              <span className="ds-tag" data-size="sm" data-color={c.kind === "ORDINAR" ? "neutral" : "warning"}>{caseKindLabel[c.kind]}</span>{" "}
              Forberedt av {c.preparedBy}.
            </p>
            <p className="ds-paragraph">{c.description}</p>
            <div>
              <p className="font-semibold">Forslag</p>
              <ol className="num-list">{c.proposals.map((p) => <li key={p.id}>{p.text}</li>)}</ol>
            </div>
            {(c.attachments.length > 0 || ((inCommittee || isChair) && c.status === "OPEN")) && (
              <Attachments id={`sak-${c.id}-dok`} title="Saksdokumenter" hidden={{ caseId: c.id, meetingId: meeting.id }} downloadBase="/moter/vedlegg"
                attachments={c.attachments} editable={(inCommittee || isChair) && c.status === "OPEN"} upload={uploadCaseAttachmentAction} />
            )}
            {c.decision && <DecisionSummary decision={c.decision} />}
            {open && (
              <section aria-label={`Avstemning i sak ${c.number}`} className="space-y-3">
                <p className="font-semibold" role="status">Avstemningen er åpen til {formatDateTime(open.closesAt)}.</p>
                {open.consensusFailedNote && <p className="text-sm">Ikke enighet: {open.consensusFailedNote}</p>}
                {unit && open.voters.some((v) => v.unit === unit) && (
                  <BallotForm meetingId={meeting.id} roundId={open.id} alternatives={open.alternatives}
                    unitLabel={open.voters.find((v) => v.unit === unit)!.label}
                    current={myBallot ? { proposalId: myBallot.proposalId, castBy: myBallot.member.name } : null} />
                )}
                <VoterStatus round={open} />
              </section>
            )}
            {closed.map((r) => <RoundResult key={r.id} round={r} />)}
            {isChair && c.status === "OPEN" && (
              <ChairControls meetingId={meeting.id} caseId={c.id} version={c.version} openRoundId={open?.id ?? null} needsConsensusNote={rules.requiresConsensusFailure} />
            )}
            {inCommittee && c.status === "OPEN" && !open && <CommitteeDecision meetingId={meeting.id} caseId={c.id} version={c.version} kind={c.kind} proposals={c.proposals} />}
            {canFinalSay && c.status === "OPEN" && !open && closed.some((r) => r.result.outcome === "UNDECIDED") && (
              <FinalSay meetingId={meeting.id} caseId={c.id} version={c.version} proposals={c.proposals} />
            )}
          </div></article>
        );
      })}
    </div>
  );
}
