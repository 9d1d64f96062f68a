// The minutes (protokoll) of a meeting as text blocks, shared by the page and the PDF so they never differ.
import { formatDateTime } from "@/lib/format";
import { caseKindLabel, decisionRuleLabel } from "@/lib/messages";
import { meetings as meetingText } from "@/lib/messages/meetings";
import { renderPdf, type NoarkMetadata } from "../pdf/document";
import type { getMinutes } from "./queries";

type Minutes = NonNullable<Awaited<ReturnType<typeof getMinutes>>>;
export type MinutesBlock = { heading: string; lines: string[] };

export function minutesBlocks({ meeting, cases, attendance }: Minutes): { title: string; intro: string[]; blocks: MinutesBlock[] } {
  const blocks = cases.map((c): MinutesBlock => {
    // The minutes are public: a case not yet decided shows its title only, not its papers.
    if (!c.decision && c.rounds.length === 0) return { heading: `Sak ${c.number}: ${c.title}`, lines: [`${caseKindLabel[c.kind]}.`, "Saken er ikke avgjort."] };
    const lines = [`${caseKindLabel[c.kind]}. Forberedt av ${c.preparedBy}.`, c.description];
    if (c.attachments.length) lines.push(`Saksdokumenter: ${c.attachments.map((a) => a.filename).join(", ")}.`);
    lines.push("Forslag:", ...c.proposals.map((p, i) => `${i + 1}. ${p.text}`));
    for (const r of c.rounds) {
      const label = (id: string | null) => (id === null ? "avstår" : r.alternatives.find((a) => a.proposalId === id)?.text ?? "ukjent");
      if (r.consensusFailedNote) lines.push(`Forumet ble ikke enige: ${r.consensusFailedNote}.`);
      lines.push(`Avstemning (avsluttet ${r.closedAt ? formatDateTime(r.closedAt) : ""}):`);
      for (const a of r.alternatives) lines.push(`– ${a.text}: ${r.result.counts[a.proposalId] ?? 0} stemmer`);
      if (r.result.abstentions) lines.push(`– Avstår: ${r.result.abstentions}`);
      lines.push("Stemmegivning: " + r.voters.map((v) => {
        const b = r.ballots.find((x) => x.unit === v.unit);
        return b ? `${v.label}: ${label(b.proposalId)} (${b.member.name})` : `${v.label}: stemte ikke`;
      }).join("; ") + ".");
      if (r.result.outcome === "UNDECIDED") lines.push("Avstemningen ble uavgjort.");
      if (r.result.outcome === "ADOPTED" && r.result.rule === "LEDERS_DOBBELTSTEMME") {
        const { unit, castBy } = r.result.tieBrokenBy;
        const ballot = r.ballots.find((b) => b.unit === unit);
        lines.push(`Stemmelikhet, avgjort med lederens dobbeltstemme: ${r.voters.find((v) => v.unit === unit)?.label ?? unit} stemte for «${label(ballot?.proposalId ?? null)}», avgitt av ${ballot?.member.name ?? castBy}.`);
      }
    }
    if (c.decision) {
      lines.push(`Vedtak: ${c.decision.text}`, `${decisionRuleLabel[c.decision.rule]}.`);
      if (c.decision.reason) lines.push(`Begrunnelse: ${c.decision.reason}`);
    } else {
      lines.push("Saken er ikke avgjort.");
    }
    return { heading: `Sak ${c.number}: ${c.title}`, lines };
  });
  return {
    title: `Protokoll: ${meeting.title}`,
    intro: [
      `${meeting.forum.name}`,
      `Tid: ${formatDateTime(meeting.startsAt)}. Sted: ${[meeting.place, meeting.videoLink && "videomøte"].filter(Boolean).join(", ")}.`,
      ...(attendance.recorded ? [`Til stede: ${attendance.present.map((m) => `${m.name} (${m.organisation})`).join(", ")}.`, meetingText.quorum(attendance.quorum)] : []),
      meeting.minutesApprovedAt && meeting.minutesApprovedIn
        ? `Protokollen er godkjent i ${meeting.minutesApprovedIn.title}, ${formatDateTime(meeting.minutesApprovedAt)}.`
        : "Protokollen er ikke godkjent ennå. Den godkjennes i forumets neste møte.",
      "Protokollen er laget av portalen fra sakene, avstemningene og vedtakene som er registrert i møtet.",
    ],
    blocks,
  };
}

/** The minutes as a PDF (PDF/A-2b), from the same blocks as the page. */
export async function minutesPdf(data: Minutes, noark?: NoarkMetadata): Promise<Buffer> {
  const m = minutesBlocks(data);
  return renderPdf({
    title: m.title, lang: "nb-NO", author: data.meeting.forum.name, date: data.meeting.minutesApprovedAt ?? data.meeting.startsAt,
    intro: m.intro, blocks: m.blocks, emphasise: (line) => /^Vedtak/.test(line), noark,
  });
}
