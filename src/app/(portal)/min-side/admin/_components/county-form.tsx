"use client";
import { useActionState } from "react";
import { Field, FormOutcome } from "@/components/form-parts";
import { createCountyAction } from "@/server/access/actions";

export function CountyForm() {
  const [state, action, pending] = useActionState(createCountyAction, null);
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <FormOutcome state={state} prefix="fylke" labels={{ name: "Fylkets navn", governorName: "Statsforvalterembetet" }} />
      <Field id="fylke-name" name="name" label="Fylkets navn" state={state} type="text" required maxLength={80} description="For eksempel «Troms» eller «Vestland»." />
      <Field id="fylke-governorName" name="governorName" label="Statsforvalterembetet" state={state} type="text" required maxLength={120}
        description="Embetet som leder samarbeidsforumet, for eksempel «Statsforvalteren i Troms og Finnmark»." />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Oppretter …" : "Opprett fylket"}</button>
    </form>
  );
}
