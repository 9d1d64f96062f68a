"use client";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { TableScroll } from "@/components/table-scroll";
import { voterStatusText as t } from "@/lib/messages/meetings";
import { schemeText } from "@/lib/messages/schemes";
import { ActionStatus, Field, FormDetails, type FormState, SelectField, typed, useRemountKey } from "@/components/form-parts";
import { castBallotAction, closeRoundAction, committeeDecisionAction, consensusAction, createCaseAction, finalSayAction, openRoundAction } from "@/server/voting/actions";

/**
 * Who has voted in an open round, kept current from the round's server-sent events: each event carries who
 * has voted (not what), so the table updates without asking the server to render the page again.
 */
export function LiveVoterStatus({ roundId, voters, initial }: { roundId: string; voters: { unit: string; label: string }[]; initial: { unit: string; by: string }[] }) {
  const [voted, setVoted] = useState(initial);
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
    <TableScroll label={t.label}>
      <table className="ds-table" data-size="sm" data-border="true">
        <caption className="text-left font-semibold pb-1">{t.caption(count, voters.length)}</caption>
        <thead><tr><th scope="col">{t.unit}</th><th scope="col">{t.status}</th></tr></thead>
        <tbody>
          {voters.map((v) => <tr key={v.unit}><th scope="row" className="font-normal">{v.label}</th><td>{byUnit.has(v.unit) ? t.voted(byUnit.get(v.unit)!) : t.notYet}</td></tr>)}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function BallotForm(props: { meetingId: string; roundId: string; unitLabel: string; alternatives: { proposalId: string; text: string }[]; current: { proposalId: string | null; castBy: string } | null }) {
  // The ballot's answer renders no page: after a ballot the form shows the choice it registered itself.
  const [mine, setMine] = useState(props.current);
  const [state, action, pending] = useActionState(async (prev: FormState, form: FormData) => {
    const result = await castBallotAction(prev, form);
    if (result.ok) { const choice = String(form.get("choice")); setMine({ proposalId: choice === "avstar" ? null : choice, castBy: t.you }); }
    return result;
  }, null);
  const uid = useId();
  const currentText = mine && (mine.proposalId === null ? "avstår" : props.alternatives.find((a) => a.proposalId === mine.proposalId)?.text);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="roundId" value={props.roundId} />
      <fieldset className="space-y-1">
        <legend className="font-semibold">Stemme for {props.unitLabel}</legend>
        {mine && <p className="text-sm">Registrert nå: {currentText} (avgitt av {mine.castBy}). Du kan endre stemmen mens avstemningen er åpen.</p>}
        {[...props.alternatives.map((a) => ({ value: a.proposalId, label: a.text })), { value: "avstar", label: "Avstår" }].map((o) => (
          <div key={o.value} className="flex items-center gap-2">
            <input type="radio" id={`${uid}-${o.value}`} name="choice" value={o.value} className="ds-input" required
              defaultChecked={mine ? (mine.proposalId ?? "avstar") === o.value : false} />
            <label htmlFor={`${uid}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{mine ? "Endre stemme" : "Avgi stemme"}</button>
      <ActionStatus state={state} />
    </form>
  );
}

export function ChairControls(props: { meetingId: string; caseId: string; version: number; openRoundId: string | null; needsConsensusNote: boolean }) {
  const [openState, open, opening] = useActionState(openRoundAction, null);
  const [closeState, close, closing] = useActionState(closeRoundAction, null);
  const uid = useId();
  if (props.openRoundId) {
    return (
      <form action={close}>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="roundId" value={props.openRoundId} />
        <ActionStatus state={openState} className="mb-3" />
        <button type="submit" className="ds-button" data-variant="secondary" disabled={closing}>Avslutt avstemningen og tell opp</button>
        <ActionStatus state={closeState} />
      </form>
    );
  }
  return (
    <FormDetails states={openState} summary="Åpne avstemning (møteleder)">
      <form action={open} className="p-2 space-y-2 max-w-md" noValidate>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="caseId" value={props.caseId} />
        <input type="hidden" name="version" value={props.version} />
        <Field id={`${uid}-minutes`} name="minutes" label="Åpen i antall minutter" type="number" min={1} defaultValue={15} state={openState} required />
        {props.needsConsensusNote && (
          <Field id={`${uid}-note`} name="consensusFailedNote" label="Hva ble forumet ikke enige om?" state={openState} required
            description="Forumet stemmer bare når det ikke er konsensus. Møtelederen registrerer det her." />
        )}
        <button type="submit" className="ds-button" data-variant="primary" disabled={opening}>Åpne avstemningen</button>
        <ActionStatus state={openState} />
      </form>
    </FormDetails>
  );
}

type Proposal = { id: string; text: string };

/** The proposal to decide for; after a refusal, the one the user had chosen. */
function ProposalSelect({ id, proposals, state }: { id: string; proposals: Proposal[]; state: FormState }) {
  const remount = useRemountKey(state);
  return <SelectField id={id} name="proposalId" label="Vedtak" state={state} remount={remount} options={proposals.map((p) => [p.id, p.text] as const)} />;
}

export function CommitteeDecision(props: { meetingId: string; caseId: string; version: number; kind: "ORDINAR" | "PRINSIPIELL" | "OKONOMISK"; proposals: Proposal[] }) {
  const [state, action, pending] = useActionState(committeeDecisionAction, null);
  const uid = useId();
  return (
    <FormDetails states={state} summary="Avgjør i arbeidsutvalget">
      <form action={action} className="p-2 space-y-2 max-w-md" noValidate>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="caseId" value={props.caseId} />
        <input type="hidden" name="version" value={props.version} />
        {props.kind !== "ORDINAR" && <p className="text-sm">Prinsipielle og økonomiske saker skal ikke avgjøres i arbeidsutvalget.</p>}
        <ProposalSelect id={`${uid}-p`} proposals={props.proposals} state={state} />
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>Registrer vedtak i arbeidsutvalget</button>
        <ActionStatus state={state} />
      </form>
    </FormDetails>
  );
}

/** In a forum that works by consensus: Statsforvalteren records the agreement the forum reached without a vote. */
export function ConsensusDecision(props: { meetingId: string; caseId: string; version: number; proposals: Proposal[] }) {
  const [state, action, pending] = useActionState(consensusAction, null);
  const uid = useId();
  return (
    <FormDetails states={state} summary="Registrer konsensus">
      <form action={action} className="p-2 space-y-2 max-w-md" noValidate>
        <input type="hidden" name="meetingId" value={props.meetingId} />
        <input type="hidden" name="caseId" value={props.caseId} />
        <input type="hidden" name="version" value={props.version} />
        <ProposalSelect id={`${uid}-p`} proposals={props.proposals} state={state} />
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>Registrer at forumet er enige</button>
        <ActionStatus state={state} />
      </form>
    </FormDetails>
  );
}

export function FinalSay(props: { meetingId: string; caseId: string; version: number; proposals: Proposal[] }) {
  const [state, action, pending] = useActionState(finalSayAction, null);
  const uid = useId();
  return (
    <form action={action} className="space-y-2 max-w-xl" noValidate>
      <h4 className="ds-heading" data-size="xs">Statsforvalterens endelige avgjørelse</h4>
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="caseId" value={props.caseId} />
      <input type="hidden" name="version" value={props.version} />
      <ProposalSelect id={`${uid}-p`} proposals={props.proposals} state={state} />
      <Field id={`${uid}-reason`} name="reason" label="Begrunnelse" state={state} required />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>Registrer avgjørelsen</button>
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
  return (
    <FormDetails states={state} summary="Ny sak på sakslisten">
      <form ref={form} action={action} className="p-2 space-y-3 max-w-xl" noValidate>
        <input type="hidden" name="meetingId" value={meetingId} />
        {schemes.length === 1 ? <input type="hidden" name="schemeId" value={schemes[0]!.id} /> : (
          <SelectField id="ny-sak-ordning" name="schemeId" label={schemeText.label} state={state} remount={remount}
            description={schemeText.caseSchemeHelp} options={[["", schemeText.choose], ...schemes.map((s) => [s.id, s.label] as const)]} />
        )}
        <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
          <Field id="ny-sak-nr" name="number" label="Saksnummer" state={state} placeholder="15/26" required />
          <Field id="ny-sak-tittel" name="title" label="Tittel" state={state} required />
        </div>
        <Field id="ny-sak-beskrivelse" name="description" label="Beskrivelse" state={state} required>
          {(aria) => <textarea id="ny-sak-beskrivelse" name="description" className="ds-input" rows={3} defaultValue={typed(state, "description")} {...aria} />}
        </Field>
        <Field id="ny-sak-type" name="kind" label="Type sak" state={state} description="Prinsipielle og økonomiske saker kan ikke avgjøres i arbeidsutvalget.">
          {(aria) => (
            <select key={remount} id="ny-sak-type" name="kind" className="ds-input" defaultValue={typed(state, "kind", "ORDINAR")} {...aria}>
              <option value="ORDINAR">Ordinær sak</option><option value="PRINSIPIELL">Prinsipiell sak</option><option value="OKONOMISK">Økonomisk sak</option>
            </select>
          )}
        </Field>
        <Field id="ny-sak-forslag" name="proposals" label="Forslag til vedtak" state={state} description="Ett forslag per linje, minst to." required>
          {(aria) => <textarea id="ny-sak-forslag" name="proposals" className="ds-input" rows={3} defaultValue={typed(state, "proposals")} {...aria} />}
        </Field>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>Sett saken på sakslisten</button>
        <ActionStatus state={state} />
      </form>
    </FormDetails>
  );
}
