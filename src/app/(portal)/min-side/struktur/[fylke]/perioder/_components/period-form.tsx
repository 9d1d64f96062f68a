"use client";
import { useText } from "@/i18n/client";
import Link from "next/link";
import { useActionState } from "react";
import { Field, FormOutcome, fieldError, typed, type FormState } from "@/components/form-parts";
import { closePeriodAction, savePeriodAction, startNextPeriodAction } from "@/server/structure/actions";

export type PeriodValues = {
  periodId?: string; version?: number; name: string; startYear: number | ""; endYear: number | ""; purposes: string[]; priorityAreas: string[];
  subGoals: { number: number; title: string; summary: string; strategies: string[] }[];
};

const SLOTS = [1, 2, 3, 4, 5];

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
  const t = useText("periodForm");
  const labels = { name: t("name"), startYear: t("startYear"), endYear: t("endYear"), purposes: t("purposes"), priorityAreas: t("priorityAreas") };
  const goal = (n: number) => values.subGoals.find((g) => g.number === n);
  const newId = state?.ok && !values.periodId ? (state.data as { periodId?: string } | undefined)?.periodId : undefined;
  return (
    <form action={action} className="space-y-5 max-w-2xl" noValidate>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <input type="hidden" name="periodId" value={values.periodId ?? ""} />
      <input type="hidden" name="version" value={values.version ?? ""} />
      <FormOutcome state={state} prefix={p} labels={labels}>
        {newId && <p className="mt-2"><Link className="ds-link" href={`/min-side/struktur/${countySlug}/perioder/${newId}`}>{t("openNew")}</Link></p>}
      </FormOutcome>
      <Field id={`${p}-name`} name="name" label={labels.name} state={state} defaultValue={values.name} required maxLength={150} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${p}-startYear`} name="startYear" label={labels.startYear} state={state} defaultValue={String(values.startYear)} inputMode="numeric" required />
        <Field id={`${p}-endYear`} name="endYear" label={labels.endYear} state={state} defaultValue={String(values.endYear)} inputMode="numeric" required />
      </div>
      <TextArea id={`${p}-purposes`} name="purposes" label={labels.purposes} state={state} defaultValue={values.purposes.join("\n")} description={t("purposesHelp")} />
      <TextArea id={`${p}-priorityAreas`} name="priorityAreas" label={labels.priorityAreas} state={state} defaultValue={values.priorityAreas.join("\n")} description={t("areasHelp")} />
      <fieldset className="ds-fieldset space-y-4">
        <legend className="ds-heading" data-size="xs">{t("goalsLegend")}</legend>
        <p className="text-sm">{t("goalsHelp")}</p>
        {SLOTS.map((n) => (
          <details key={n} open={!!goal(n) || n === 1} className="space-y-3">
            <summary className="ds-link cursor-pointer">{t("goal", { n, title: goal(n)?.title || "none" })}</summary>
            <div className="space-y-3 mt-2">
              <Field id={`${p}-goal${n}Title`} name={`goal${n}Title`} label={t("goalTitle", { n })} state={state} defaultValue={goal(n)?.title ?? ""} maxLength={200} />
              <TextArea id={`${p}-goal${n}Summary`} name={`goal${n}Summary`} label={t("goalSummary", { n })} state={state} defaultValue={goal(n)?.summary ?? ""} rows={3} />
              <TextArea id={`${p}-goal${n}Strategies`} name={`goal${n}Strategies`} label={t("goalStrategies", { n })} state={state} defaultValue={goal(n)?.strategies.join("\n") ?? ""} description={t("strategiesHelp")} rows={3} />
            </div>
          </details>
        ))}
      </fieldset>
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : values.periodId ? t("saveChanges") : t("create")}</button>
    </form>
  );
}

export function StartNextPeriod({ countyId, countySlug, label }: { countyId: string; countySlug: string; label: string }) {
  const [state, action, pending] = useActionState(startNextPeriodAction, null);
  const id = state?.ok ? (state.data as { periodId?: string } | undefined)?.periodId : undefined;
  const t = useText("periodForm");
  return (
    <form action={action}>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{label}</button>
      <FormOutcome state={state} prefix="neste">
        {id && <p className="mt-2"><Link className="ds-link" href={`/min-side/struktur/${countySlug}/perioder/${id}`}>{t("reviewNew")}</Link></p>}
      </FormOutcome>
    </form>
  );
}

export function ClosePeriod({ periodId, version, name, countySlug }: { periodId: string; version: number; name: string; countySlug: string }) {
  const [state, action, pending] = useActionState(closePeriodAction, null);
  const t = useText("periodForm");
  return (
    <form action={action} onSubmit={(e) => { if (!window.confirm(t("closeConfirm", { name }))) e.preventDefault(); }}>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={pending}>{t("close")}</button>
      <FormOutcome state={state} prefix="avslutt" />
    </form>
  );
}
