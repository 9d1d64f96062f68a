"use client";
// Records that a body adopted a document in a decided case (a region's plan, the forum's innstilling): choose the
// case, submit. It stays mounted after the adoption (`adopted`), so its confirmation keeps focus instead of
// vanishing with the form.
import { useActionState } from "react";
import type { ActionResult } from "@/server/action-result";
import { ActionStatus, FormOutcome, SelectField, useRemountKey, type FormState } from "./form-parts";

export function AdoptByCaseForm(props: {
  action: (prev: FormState, form: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string | number>;
  cases: { id: string; number: string; title: string }[];
  /** The adoption as the page states it once recorded; null while the document is a draft. */
  adopted: string | null;
  text: { label: string; button: string; noCases: string };
}) {
  const [state, action, pending] = useActionState(props.action, null);
  const remount = useRemountKey(state);
  if (props.adopted) return state?.ok ? <ActionStatus state={state} /> : <p>{props.adopted}</p>;
  if (props.cases.length === 0) return <p>{props.text.noCases}</p>;
  return (
    <form action={action} className="space-y-3 max-w-2xl" noValidate>
      {Object.entries(props.fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <FormOutcome state={state} prefix="adopt" labels={{ caseId: props.text.label }} />
      <SelectField id="adopt-caseId" name="caseId" label={props.text.label} state={state} remount={remount} options={props.cases.map((c) => [c.id, `${c.number}: ${c.title}`] as const)} />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{props.text.button}</button>
    </form>
  );
}
