"use client";
import { useActionState } from "react";
import { Field, FormOutcome } from "@/components/form-parts";
import { createRegionAction } from "@/server/structure/actions";

export function RegionForm({ countyId, countySlug }: { countyId: string; countySlug: string }) {
  const [state, action, pending] = useActionState(createRegionAction, null);
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <FormOutcome state={state} prefix="region" labels={{ name: "Navn", coordinator: "Koordinert av", uhPartner: "UH-partner" }} />
      <Field id="region-name" name="name" label="Navn" state={state} type="text" required maxLength={80} />
      <Field id="region-coordinator" name="coordinator" label="Koordinert av" state={state} type="text" required maxLength={120} description="For eksempel det regionale kompetansekontoret." />
      <Field id="region-uhPartner" name="uhPartner" label="UH-partner" state={state} type="text" required maxLength={120} description="Universitetet eller høgskolen regionen samarbeider med." />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Oppretter …" : "Opprett regionen"}</button>
    </form>
  );
}
