import { formatDateTime } from "@/lib/format";
import { getTranslations } from "next-intl/server";
import type { Tally } from "@/domain/voting";
import { TableScroll } from "@/components/table-scroll";

type Round = {
  id: string;
  status: "OPEN" | "CLOSED";
  closedAt: Date | null;
  voters: { unit: string; label: string }[];
  alternatives: { proposalId: string; text: string }[];
  ballots: { unit: string; proposalId: string | null; castAt: Date; member: { name: string } }[];
  result: Tally;
};

/** The count per alternative and who voted what: votes in a public body are not secret. */
export async function RoundResult({ round }: { round: Round }) {
  const r = round.result;
  const t = await getTranslations("voting.result");
  const label = (id: string | null) => (id === null ? t("abstain") : round.alternatives.find((a) => a.proposalId === id)?.text ?? t("unknown"));
  const outcome = r.outcome === "ADOPTED" ? t(`rule.${r.rule}`) : t("undecided");
  return (
    <div className="space-y-2">
      <TableScroll label={t("label")}>
        <table className="ds-table" data-size="sm" data-border="true">
          <caption className="text-left font-semibold pb-1">
            {round.closedAt ? t("captionClosed", { at: formatDateTime(round.closedAt), outcome }) : t("caption", { outcome })}
            {/* How many took part: a majority of 2 of 6 reads differently from one of 6 of 6. */}
            <span className="block font-normal">{t("turnout", { voted: String(round.ballots.length), voters: String(round.voters.length) })}</span>
          </caption>
          <thead><tr><th scope="col">{t("proposal")}</th><th scope="col" className="text-right">{t("votes")}</th></tr></thead>
          <tbody>
            {round.alternatives.map((a) => <tr key={a.proposalId}><th scope="row" className="font-normal">{a.text}</th><td className="text-right">{r.counts[a.proposalId] ?? 0}</td></tr>)}
            <tr><th scope="row" className="font-normal">{t("abstain")}</th><td className="text-right">{r.abstentions}</td></tr>
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={t("perAlternative")}>
        <table className="ds-table" data-size="sm" data-border="true">
          <caption className="text-left font-semibold pb-1">{t("who")}</caption>
          <thead><tr><th scope="col">{t("vote")}</th><th scope="col">{t("votedFor")}</th><th scope="col">{t("castBy")}</th></tr></thead>
          <tbody>
            {round.voters.map((v) => {
              const b = round.ballots.find((x) => x.unit === v.unit);
              return <tr key={v.unit}><th scope="row" className="font-normal">{v.label}</th><td>{b ? label(b.proposalId) : t("didNotVote")}</td><td>{b?.member.name ?? ""}</td></tr>;
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

type Rule = "FLERTALL" | "LEDERS_DOBBELTSTEMME" | "ARBEIDSUTVALG" | "STATSFORVALTERENS_AVGJORELSE" | "KONSENSUS";
export async function DecisionSummary({ decision }: { decision: { text: string; rule: Rule; reason: string | null; decidedAt: Date; recordedBy: { name: string } } }) {
  const t = await getTranslations("voting.result");
  return (
    <div className="ds-alert" data-color="success">
      <p><strong>{t("decision")}</strong> {decision.text}</p>
      <p className="text-sm">{t("recorded", { rule: t(`rule.${decision.rule}`), at: formatDateTime(decision.decidedAt), by: decision.recordedBy.name })}</p>
      {decision.reason && <p className="text-sm">{t("reason", { reason: decision.reason })}</p>}
    </div>
  );
}
