"use client";
import { useActionState, useState } from "react";
import { ActionStatus, Field } from "@/components/form-parts";
import { recordGrantAction } from "@/server/allocations/actions";

type Props = {
  countyId: string;
  schemeId: string;
  year: number;
  version: number;
  maxShare: string;
  initial: { amount: string; receivedOn: string; letterRef: string; networkShare: string; agreedBy: string; agreedOn: string; agreementRef: string };
};

/** Statsforvalteren records (or corrects) the year's state grant. The server decides; this only helps. */
export function GrantForm({ countyId, schemeId, year, version, maxShare, initial }: Props) {
  const [state, action, pending] = useActionState(recordGrantAction, null);
  const [share, setShare] = useState(initial.networkShare);
  const lowered = share.trim() !== "" && share.replace(",", ".") !== maxShare.replace(",", ".");
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <Field id="amount" name="amount" label="Beløp fra Udir (kr)" state={state} inputMode="decimal" autoComplete="off"
        defaultValue={initial.amount} description="Med øre, for eksempel 12 345 678,90." required />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="receivedOn" name="receivedOn" label="Dato for tildelingsbrevet" type="date" state={state} defaultValue={initial.receivedOn} required />
        <Field id="letterRef" name="letterRef" label="Referanse til tildelingsbrevet" state={state} defaultValue={initial.letterRef} required />
      </div>
      <Field id="networkShare" name="networkShare" label="Andel til nettverkene (%)" state={state} inputMode="decimal"
        value={share} onChange={(e) => setShare(e.target.value)}
        description={`Høyst ${maxShare} %. Resten går til UH. En lavere andel krever en avtale om økt UH-andel.`} required />
      {lowered && (
        <fieldset className="ds-fieldset space-y-3 border p-3 rounded" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
          <legend className="font-semibold px-1">Avtale om økt andel til UH</legend>
          <Field id="agreedBy" name="agreedBy" label="Hvem inngikk avtalen" state={state} defaultValue={initial.agreedBy} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="agreedOn" name="agreedOn" label="Dato for avtalen" type="date" state={state} defaultValue={initial.agreedOn} />
            <Field id="agreementRef" name="agreementRef" label="Vedtak eller saksnummer" state={state} defaultValue={initial.agreementRef} />
          </div>
        </fieldset>
      )}
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
        {pending ? "Lagrer …" : version ? "Lagre endret tildeling" : "Registrer tildeling"}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
