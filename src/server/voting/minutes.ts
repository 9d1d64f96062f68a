// The minutes (protokoll) of a meeting as text blocks, shared by the page, the PDF and the archive copy so they
// never differ, in the written standard the forum chose for its documents (Forum.language), whatever the reader's.
import { formatDateTime } from "@/lib/format";
import { LOCALES } from "@/i18n/config";
import { msgIn } from "@/i18n/server-text";
import { renderPdf, type NoarkMetadata } from "../pdf/document";
import type { getMinutes } from "./queries";

type Minutes = NonNullable<Awaited<ReturnType<typeof getMinutes>>>;
export type MinutesBlock = { heading: string; lines: string[] };

export function minutesBlocks({ meeting, cases, attendance }: Minutes): { title: string; intro: string[]; blocks: MinutesBlock[]; language: "nb" | "nn" } {
  const language = meeting.forum.language;
  const t = msgIn(language);
  const blocks = cases.map((c): MinutesBlock => {
    const heading = t("minutes.case", { number: c.number, title: c.title });
    const kind = t(`minutes.kind.${c.kind}`);
    // The minutes are public: a case not yet decided shows its title only, not its papers.
    if (!c.decision && c.rounds.length === 0) return { heading, lines: [t("minutes.kindLine", { kind }), t("minutes.notDecided")] };
    const lines = [t("minutes.prepared", { kind, by: c.preparedBy }), c.description];
    if (c.attachments.length) lines.push(t("minutes.documents", { files: c.attachments.map((a) => a.filename).join(", ") }));
    lines.push(t("minutes.proposals"), ...c.proposals.map((p, i) => `${i + 1}. ${p.text}`));
    for (const r of c.rounds) {
      const label = (id: string | null) => (id === null ? t("minutes.abstain") : r.alternatives.find((a) => a.proposalId === id)?.text ?? t("minutes.unknown"));
      if (r.consensusFailedNote) lines.push(t("minutes.consensusFailed", { note: r.consensusFailedNote }));
      lines.push(t("minutes.round", { at: r.closedAt ? formatDateTime(r.closedAt) : "" }));
      for (const a of r.alternatives) lines.push(t("minutes.count", { text: a.text, count: r.result.counts[a.proposalId] ?? 0 }));
      if (r.result.abstentions) lines.push(t("minutes.abstentions", { count: String(r.result.abstentions) }));
      lines.push(t("minutes.ballots", { ballots: r.voters.map((v) => {
        const b = r.ballots.find((x) => x.unit === v.unit);
        return b ? t("minutes.ballot", { unit: v.label, choice: label(b.proposalId), by: b.member.name }) : t("minutes.noBallot", { unit: v.label });
      }).join("; ") }));
      if (r.result.outcome === "UNDECIDED") lines.push(t("minutes.undecided"));
      if (r.result.outcome === "ADOPTED" && r.result.rule === "LEDERS_DOBBELTSTEMME") {
        const { unit, castBy } = r.result.tieBrokenBy;
        const ballot = r.ballots.find((b) => b.unit === unit);
        lines.push(t("minutes.tieBroken", { unit: r.voters.find((v) => v.unit === unit)?.label ?? unit, choice: label(ballot?.proposalId ?? null), by: ballot?.member.name ?? castBy }));
      }
    }
    if (c.decision) {
      lines.push(t("minutes.decision", { text: c.decision.text }), t(`minutes.rule.${c.decision.rule}`));
      if (c.decision.reason) lines.push(t("minutes.reason", { text: c.decision.reason }));
    } else {
      lines.push(t("minutes.notDecided"));
    }
    return { heading, lines };
  });
  const q = attendance.quorum;
  const quorum = q.quorate === null ? t("minutes.quorumNone", { present: String(q.present) })
    : t(q.quorate ? "minutes.quorate" : "minutes.notQuorate", { present: String(q.present), required: String(q.required) });
  return {
    title: t("minutes.title", { meeting: meeting.title }),
    intro: [
      meeting.forum.name,
      t("minutes.when", { at: formatDateTime(meeting.startsAt), place: [meeting.place, meeting.videoLink && t("minutes.video")].filter(Boolean).join(", ") }),
      ...(attendance.recorded ? [t("minutes.present", { people: attendance.present.map((m) => `${m.name} (${m.organisation})`).join(", ") }), quorum] : []),
      meeting.minutesApprovedAt && meeting.minutesApprovedIn
        ? t("minutes.approved", { meeting: meeting.minutesApprovedIn.title, at: formatDateTime(meeting.minutesApprovedAt) })
        : t("minutes.notApproved"),
      t("minutes.madeBy"),
    ],
    blocks,
    language,
  };
}

const DECISION_LINES = LOCALES.flatMap((l) => [msgIn(l)("minutes.decision", { text: "" }), msgIn(l)("minutes.notDecided")]);
/** Whether a line of the minutes is the decision, or says there is none (bold on the page and in the PDF). */
export const isDecisionLine = (line: string) => DECISION_LINES.some((start) => line.startsWith(start));

/** The minutes as a PDF (PDF/A-2b), from the same blocks as the page. */
export async function minutesPdf(data: Minutes, noark?: NoarkMetadata): Promise<Buffer> {
  const m = minutesBlocks(data);
  return renderPdf({
    title: m.title, lang: `${m.language}-NO`, author: data.meeting.forum.name, date: data.meeting.minutesApprovedAt ?? data.meeting.startsAt,
    intro: m.intro, blocks: m.blocks, emphasise: isDecisionLine, noark,
  });
}
