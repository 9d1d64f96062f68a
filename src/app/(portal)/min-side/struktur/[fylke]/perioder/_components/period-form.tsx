"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field, FormOutcome, fieldError, typed, type FormState } from "@/components/form-parts";
import { closePeriodAction, savePeriodAction, startNextPeriodAction } from "@/server/structure/actions";

export type PeriodValues = {
  periodId?: string; version?: number; name: string; startYear: number | ""; endYear: number | ""; purposes: string[]; priorityAreas: string[];
  subGoals: { number: number; title: string; summary: string; strategies: string[] }[];
};

const SLOTS = [1, 2, 3, 4, 5];
const labels: Record<string, string> = { name: "Navn", startYear: "Første år", endYear: "Siste år", purposes: "Strategien skal bidra til", priorityAreas: "Satsingsområder" };

function TextArea(props: { id: string; name: string; label: string; state: FormState; defaultValue: string; description?: string; rows?: number }) {
  const error = fieldError(props.state, props.name);
  const describedBy = [props.description && `${props.id}-desc`, error && `${props.id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={props.id}>{props.label}</label>
      {props.description && <p id={`${props.id}-desc`} className="text-sm">{props.description}</p>}
      <textarea id={props.id} name={props.name} className="ds-input" rows={props.rows ?? 4} defaultValue={typed(props.state, props.name, props.defaultValue)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {error && <p id={`${props.id}-error`} className="ds-validation-message" data-color="danger">{error}</p>}
    </div>
  );
}

export function PeriodForm({ countyId, countySlug, values }: { countyId: string; countySlug: string; values: PeriodValues }) {
  const [state, action, pending] = useActionState(savePeriodAction, null);
  const p = "periode";
  const goal = (n: number) => values.subGoals.find((g) => g.number === n);
  const newId = state?.ok && !values.periodId ? (state.data as { periodId?: string } | undefined)?.periodId : undefined;
  return (
    <form action={action} className="space-y-5 max-w-2xl" noValidate>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <input type="hidden" name="periodId" value={values.periodId ?? ""} />
      <input type="hidden" name="version" value={values.version ?? ""} />
      <FormOutcome state={state} prefix={p} labels={labels}>
        {newId && <p className="mt-2"><Link className="ds-link" href={`/min-side/struktur/${countySlug}/perioder/${newId}`}>Åpne den nye perioden</Link></p>}
      </FormOutcome>
      <Field id={`${p}-name`} name="name" label="Navn" state={state} defaultValue={values.name} required maxLength={150} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${p}-startYear`} name="startYear" label="Første år" state={state} defaultValue={String(values.startYear)} inputMode="numeric" required />
        <Field id={`${p}-endYear`} name="endYear" label="Siste år" state={state} defaultValue={String(values.endYear)} inputMode="numeric" required />
      </div>
      <TextArea id={`${p}-purposes`} name="purposes" label="Strategien skal bidra til" state={state} defaultValue={values.purposes.join("\n")} description="Én linje for hvert punkt." />
      <TextArea id={`${p}-priorityAreas`} name="priorityAreas" label="Satsingsområder" state={state} defaultValue={values.priorityAreas.join("\n")} description="Ett satsingsområde per linje, i den rekkefølgen de skal vises." />
      <fieldset className="ds-fieldset space-y-4">
        <legend className="ds-heading" data-size="xs">Delmål med strategier</legend>
        <p className="text-sm">Opptil fem delmål. Et delmål uten tittel blir ikke lagret.</p>
        {SLOTS.map((n) => (
          <details key={n} open={!!goal(n) || n === 1} className="space-y-3">
            <summary className="ds-link cursor-pointer">Delmål {n}{goal(n) ? `: ${goal(n)!.title}` : ""}</summary>
            <div className="space-y-3 mt-2">
              <Field id={`${p}-goal${n}Title`} name={`goal${n}Title`} label={`Delmål ${n}: tittel`} state={state} defaultValue={goal(n)?.title ?? ""} maxLength={200} />
              <TextArea id={`${p}-goal${n}Summary`} name={`goal${n}Summary`} label={`Delmål ${n}: beskrivelse`} state={state} defaultValue={goal(n)?.summary ?? ""} rows={3} />
              <TextArea id={`${p}-goal${n}Strategies`} name={`goal${n}Strategies`} label={`Delmål ${n}: strategier`} state={state} defaultValue={goal(n)?.strategies.join("\n") ?? ""} description="Én strategi per linje." rows={3} />
            </div>
          </details>
        ))}
      </fieldset>
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Lagrer …" : values.periodId ? "Lagre endringene" : "Opprett perioden"}</button>
    </form>
  );
}

export function StartNextPeriod({ countyId, countySlug, label }: { countyId: string; countySlug: string; label: string }) {
  const [state, action, pending] = useActionState(startNextPeriodAction, null);
  const id = state?.ok ? (state.data as { periodId?: string } | undefined)?.periodId : undefined;
  return (
    <form action={action}>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{label}</button>
      <FormOutcome state={state} prefix="neste">
        {id && <p className="mt-2"><Link className="ds-link" href={`/min-side/struktur/${countySlug}/perioder/${id}`}>Se over og rediger den nye perioden</Link></p>}
      </FormOutcome>
    </form>
  );
}

export function ClosePeriod({ periodId, version, name, countySlug }: { periodId: string; version: number; name: string; countySlug: string }) {
  const [state, action, pending] = useActionState(closePeriodAction, null);
  return (
    <form action={action} onSubmit={(e) => { if (!window.confirm(`Avslutte ${name}? Strategien kan ikke endres etterpå.`)) e.preventDefault(); }}>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={pending}>Avslutt perioden</button>
      <FormOutcome state={state} prefix="avslutt" />
    </form>
  );
}
