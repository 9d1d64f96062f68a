"use client";
import { useActionState } from "react";
import { ActionStatus, Field, SelectField, useRemountKey } from "@/components/form-parts";
import { coFinancingKindLabel } from "@/lib/messages";
import { recordCoFinancingAction } from "@/server/allocations/actions";

export function CoFinancingForm({ year, schemeId, owners }: { year: number; schemeId: string; owners: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(recordCoFinancingAction, null);
  const remount = useRemountKey(state);
  return (
    <form action={action} className="space-y-3 max-w-xl" noValidate>
      <h3 className="ds-heading" data-size="xs">Registrer egenandel</h3>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <SelectField id="cf-owner" name="schoolOwnerId" label="Skoleeier" state={state} remount={remount} options={owners.map((o) => [o.id, o.name] as const)} />
      <SelectField id="cf-kind" name="kind" label="Form" state={state} remount={remount} options={Object.entries(coFinancingKindLabel)} />
      <Field id="cf-amount" name="amount" label="Beløp (kr)" inputMode="decimal" state={state} required />
      <Field id="cf-desc" name="description" label="Hva består egenandelen av" state={state} required description="For eksempel «Frikjøp av to ressurslærere, 20 %»." />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>Registrer</button>
      <ActionStatus state={state} />
    </form>
  );
}
