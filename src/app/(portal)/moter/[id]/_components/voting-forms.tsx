"use client";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { TableScroll } from "@/components/table-scroll";
import { useText } from "@/i18n/client";
import { ActionStatus, Field, FormDetails, type FormState, SelectField, typed, useRemountKey } from "@/components/form-parts";
import { castBallotAction, closeRoundAction, committeeDecisionAction, consensusAction, createCaseAction, finalSayAction, openRoundAction } from "@/server/voting/actions";

/**
 * Who has voted in an open round, kept current from the round's server-sent events: each event carries who
 * has voted (not what), so the table updates without asking the server to render the page again.
 */
export function LiveVoterStatus({ roundId, voters, initial }: { roundId: string; voters: { unit: string; label: string }[]; initial: { unit: string; by: string }[] }) {
  const [voted, setVoted] = useState(initial);
  const t = useText("votingForms");
  useEffect(() => {
    const source = new EventSource(`/api/avstemninger/${roundId}/hendelser`);
    source.addEventListener("ballot", (e) => {
      try {
        setVoted((JSON.parse((e as MessageEvent<string>).data) as { voted: { unit: string; by: string }[] }).voted);
      } catch { /* a malformed event changes nothing */ }
    });
    return () => source.close();
  }, [roundId]);
  const byUnit = new Map(voted.map((v) => [v.unit, v.by]));
  const count = voters.filter((v) => byUnit.has(v.unit)).length;
  return (
    <TableScroll label={t("whoVoted")}>
      <table className="ds-table" data-size="sm" data-border="true">
        <caption className="text-left font-semibold pb-1">{t("votedCount", { voted: String(count), voters: String(voters.length) })}</caption>
        <thead><tr><th scope="col">{t("unit")}</th><th scope="col">{t("status")}</th></tr></thead>
        <tbody>
          {voters.map((v) => <tr key={v.unit}><th scope="row" className="font-normal">{v.label}</th><td>{byUnit.has(v.unit) ? t("voted", { by: byUnit.get(v.unit)! }) : t("notYet")}</td></tr>)}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function BallotForm(props: { meetingId: string; roundId: string; unitLabel: string; alternatives: { proposalId: string; text: string }[]; current: { proposalId: string | null; castBy: string } | null }) {
  // The ballot's answer renders no page: after a ballot the form shows the choice it registered itself.
  const [mine, setMine] = useState(props.current);
  const t = useText("votingForms");
  const [state, action, pending] = useActionState(async (prev: FormState, form: FormData) => {
    const result = await castBallotAction(prev, form);
    if (result.ok) { const choice = String(form.get("choice")); setMine({ proposalId: choice === "avstar" ? null : choice, castBy: t("you") }); }
    return result;
  }, null);
  const uid = useId();
  const currentText = mine && (mine.proposalId === null ? t("abstainLower") : props.alternatives.find((a) => a.proposalId === mine.proposalId)?.text);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="roundId" value={props.roundId} />
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("ballotLegend", { unit: props.unitLabel })}</legend>
        {mine && <p className="text-sm">{t("registered", { choice: currentText ?? "", by: mine.castBy })}</p>}
        {[...props.alternatives.map((a) => ({ value: a.proposalId, label: a.text })), { value: "avstar", label: t("abstain") }].map((o) => (
          <div key={o.value} className="flex items-center gap-2">
            <input type="radio" id={`${uid}-${o.value}`} name="choice" value={o.value} className="ds-input" required
              defaultChecked={mine ? (mine.proposalId ?? "avstar") === o.value : false} />
            <label htmlFor={`${uid}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{mine ? t("changeVote") : t("castVote")}</button>
      <ActionStatus state={state} />
    </form>
  );
}

export function ChairControls(props: { meetingId: string; caseId: string; version: number; openRoundId: string | null; needsConsensusNote: boolean }) {
  const [openState, open, opening] = useActionState(openRoundAction, null);
  const [closeState, close, closing] = useActionState(closeRoundAction, null);
  const uid = useId();
  const t = useText("votingForms");
  if (props.openRoundId) {
    return (
      <form action={close}>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="roundId" value={props.openRoundId} />
        <ActionStatus state={openState} className="mb-3" />
        <button type="submit" className="ds-button" data-variant="secondary" disabled={closing}>{t("closeRound")}</button>
        <ActionStatus state={closeState} />
      </form>
    );
  }
  return (
    <FormDetails states={openState} summary={t("openRoundSummary")}>
      <form action={open} className="p-2 space-y-2 max-w-md" noValidate>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="caseId" value={props.caseId} />
        <input type="hidden" name="version" value={props.version} />
        <Field id={`${uid}-minutes`} name="minutes" label={t("openMinutes")} type="number" min={1} defaultValue={15} state={openState} required />
        {props.needsConsensusNote && (
          <Field id={`${uid}-note`} name="consensusFailedNote" label={t("consensusNote")} state={openState} required
            description={t("consensusNoteHelp")} />
        )}
        <button type="submit" className="ds-button" data-variant="primary" disabled={opening}>{t("openRound")}</button>
        <ActionStatus state={openState} />
      </form>
    </FormDetails>
  );
}

type Proposal = { id: string; text: string };

/** The proposal to decide for; after a refusal, the one the user had chosen. */
function ProposalSelect({ id, proposals, state }: { id: string; proposals: Proposal[]; state: FormState }) {
  const remount = useRemountKey(state);
  const t = useText("votingForms");
  return <SelectField id={id} name="proposalId" label={t("decision")} state={state} remount={remount} options={proposals.map((p) => [p.id, p.text] as const)} />;
}

export function CommitteeDecision(props: { meetingId: string; caseId: string; version: number; kind: "ORDINAR" | "PRINSIPIELL" | "OKONOMISK"; proposals: Proposal[] }) {
  const [state, action, pending] = useActionState(committeeDecisionAction, null);
  const uid = useId();
  const t = useText("votingForms");
  return (
    <FormDetails states={state} summary={t("committeeSummary")}>
      <form action={action} className="p-2 space-y-2 max-w-md" noValidate>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="caseId" value={props.caseId} />
        <input type="hidden" name="version" value={props.version} />
        {props.kind !== "ORDINAR" && <p className="text-sm">{t("committeeNotice")}</p>}
        <ProposalSelect id={`${uid}-p`} proposals={props.proposals} state={state} />
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>{t("committeeDecide")}</button>
        <ActionStatus state={state} />
      </form>
    </FormDetails>
  );
}

/** In a forum that works by consensus: Statsforvalteren records the agreement the forum reached without a vote. */
export function ConsensusDecision(props: { meetingId: string; caseId: string; version: number; proposals: Proposal[] }) {
  const [state, action, pending] = useActionState(consensusAction, null);
  const uid = useId();
  const t = useText("votingForms");
  return (
    <FormDetails states={state} summary={t("consensusSummary")}>
      <form action={action} className="p-2 space-y-2 max-w-md" noValidate>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="caseId" value={props.caseId} />
        <input type="hidden" name="version" value={props.version} />
        <ProposalSelect id={`${uid}-p`} proposals={props.proposals} state={state} />
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>{t("consensusRecord")}</button>
        <ActionStatus state={state} />
      </form>
    </FormDetails>
  );
}

export function FinalSay(props: { meetingId: string; caseId: string; version: number; proposals: Proposal[] }) {
  const [state, action, pending] = useActionState(finalSayAction, null);
  const uid = useId();
  const t = useText("votingForms");
  return (
    <form action={action} className="space-y-2 max-w-xl" noValidate>
      <h4 className="ds-heading" data-size="xs">{t("finalSayHeading")}</h4>
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="caseId" value={props.caseId} />
      <input type="hidden" name="version" value={props.version} />
      <ProposalSelect id={`${uid}-p`} proposals={props.proposals} state={state} />
      <Field id={`${uid}-reason`} name="reason" label={t("reason")} state={state} required />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("finalSayRecord")}</button>
      <ActionStatus state={state} />
    </form>
  );
}

/** The working committee (or the chair) puts a new case on the agenda. */
export function NewCaseForm({ meetingId, schemes }: { meetingId: string; schemes: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(createCaseAction, null);
  const remount = useRemountKey(state);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => { if (state?.ok) form.current?.reset(); }, [state]);
  const t = useText("votingForms");
  return (
    <FormDetails states={state} summary={t("newCase")}>
      <form ref={form} action={action} className="p-2 space-y-3 max-w-xl" noValidate>
        <input type="hidden" name="meetingId" value={meetingId} />
        {schemes.length === 1 ? <input type="hidden" name="schemeId" value={schemes[0]!.id} /> : (
          <SelectField id="ny-sak-ordning" name="schemeId" label={t("scheme")} state={state} remount={remount}
            description={t("schemeHelp")} options={[["", t("chooseScheme")], ...schemes.map((s) => [s.id, s.label] as const)]} />
        )}
        <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
          <Field id="ny-sak-nr" name="number" label={t("caseNumber")} state={state} placeholder="15/26" required />
          <Field id="ny-sak-tittel" name="title" label={t("title")} state={state} required />
        </div>
        <Field id="ny-sak-beskrivelse" name="description" label={t("description")} state={state} required>
          {(aria) => <textarea id="ny-sak-beskrivelse" name="description" className="ds-input" rows={3} defaultValue={typed(state, "description")} {...aria} />}
        </Field>
        <Field id="ny-sak-type" name="kind" label={t("kind")} state={state} description={t("kindHelp")}>
          {(aria) => (
            <select key={remount} id="ny-sak-type" name="kind" className="ds-input" defaultValue={typed(state, "kind", "ORDINAR")} {...aria}>
              <option value="ORDINAR">{t("ORDINAR")}</option><option value="PRINSIPIELL">{t("PRINSIPIELL")}</option><option value="OKONOMISK">{t("OKONOMISK")}</option>
            </select>
          )}
        </Field>
        <Field id="ny-sak-forslag" name="proposals" label={t("proposals")} state={state} description={t("proposalsHelp")} required>
          {(aria) => <textarea id="ny-sak-forslag" name="proposals" className="ds-input" rows={3} defaultValue={typed(state, "proposals")} {...aria} />}
        </Field>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("createCase")}</button>
        <ActionStatus state={state} />
      </form>
    </FormDetails>
  );
}
