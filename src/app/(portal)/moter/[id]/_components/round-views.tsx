import { formatDateTime } from "@/lib/format";
import { decisionRuleLabel } from "@/lib/messages";
import { turnoutText } from "@/lib/messages/meetings";
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
export function RoundResult({ round }: { round: Round }) {
  const r = round.result;
  const label = (id: string | null) => (id === null ? "Avstår" : round.alternatives.find((a) => a.proposalId === id)?.text ?? "Ukjent");
  return (
    <div className="space-y-2">
      <TableScroll label="Resultat">
        <table className="ds-table" data-size="sm" data-border="true">
          <caption className="text-left font-semibold pb-1">
            Resultat{round.closedAt ? ` (avsluttet ${formatDateTime(round.closedAt)})` : ""}:{" "}
            {r.outcome === "ADOPTED" ? decisionRuleLabel[r.rule] : "Uavgjort – saken står åpen"}
            {/* How many took part: a majority of 2 of 6 reads differently from one of 6 of 6. */}
            <span className="block font-normal">{turnoutText(round.ballots.length, round.voters.length)}</span>
          </caption>
          <thead><tr><th scope="col">Forslag</th><th scope="col" className="text-right">Stemmer</th></tr></thead>
          <tbody>
            {round.alternatives.map((a) => <tr key={a.proposalId}><th scope="row" className="font-normal">{a.text}</th><td className="text-right">{r.counts[a.proposalId] ?? 0}</td></tr>)}
            <tr><th scope="row" className="font-normal">Avstår</th><td className="text-right">{r.abstentions}</td></tr>
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Stemmer per alternativ">
        <table className="ds-table" data-size="sm" data-border="true">
          <caption className="text-left font-semibold pb-1">Hvem stemte hva</caption>
          <thead><tr><th scope="col">Stemme</th><th scope="col">Stemte for</th><th scope="col">Avgitt av</th></tr></thead>
          <tbody>
            {round.voters.map((v) => {
              const b = round.ballots.find((x) => x.unit === v.unit);
              return <tr key={v.unit}><th scope="row" className="font-normal">{v.label}</th><td>{b ? label(b.proposalId) : "Stemte ikke"}</td><td>{b?.member.name ?? ""}</td></tr>;
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

export function DecisionSummary({ decision }: { decision: { text: string; rule: keyof typeof decisionRuleLabel; reason: string | null; decidedAt: Date; recordedBy: { name: string } } }) {
  return (
    <div className="ds-alert" data-color="success">
      <p><strong>Vedtak:</strong> {decision.text}</p>
      <p className="text-sm">{decisionRuleLabel[decision.rule]}, {formatDateTime(decision.decidedAt)}, registrert av {decision.recordedBy.name}.</p>
      {decision.reason && <p className="text-sm">Begrunnelse: {decision.reason}</p>}
    </div>
  );
}
