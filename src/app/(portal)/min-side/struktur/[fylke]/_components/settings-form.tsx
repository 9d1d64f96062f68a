"use client";
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, fieldError, typed, useRemountKey } from "@/components/form-parts";
import { updateCountySettingsAction } from "@/server/structure/actions";

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
const labels = { name: "Fylkets navn", forumName: "Samarbeidsforumets navn", governorName: "Statsforvalterembetet", networkShare: "Høyeste andel til nettverkene", deadlineDay: "Rapportfrist, dag", deadlineMonth: "Rapportfrist, måned", needsDeadlineDay: "Frist for behovsmelding, dag", needsDeadlineMonth: "Frist for behovsmelding, måned", reminderDays: "Påminnelser" };

export type SettingsValues = { countyId: string; countySlug: string; version: number; name: string; forumName: string; governorName: string; networkShare: string; deadlineDay: number; deadlineMonth: number; needsDeadlineDay: number; needsDeadlineMonth: number; reminderDays: number[]; language: "nb" | "nn" };
/** The written-standard field's text, from the catalogue on the server (the page's language). */
export type LanguageText = { label: string; description: string; options: [string, string][] };

export function SettingsForm({ values: v, languageText }: { values: SettingsValues; languageText: LanguageText }) {
  const [state, action, pending] = useActionState(updateCountySettingsAction, null);
  const p = "innstilling";
  const monthError = fieldError(state, "deadlineMonth");
  const remount = useRemountKey(state);
  return (
    <form action={action} className="space-y-5 max-w-xl" noValidate>
      <input type="hidden" name="countyId" value={v.countyId} />
      <input type="hidden" name="countySlug" value={v.countySlug} />
      <input type="hidden" name="version" value={v.version} />
      <FormOutcome state={state} prefix={p} labels={{ ...labels, language: languageText.label }} />
      <Field id={`${p}-name`} name="name" label={labels.name} state={state} defaultValue={v.name} required maxLength={80} />
      <Field id={`${p}-forumName`} name="forumName" label={labels.forumName} state={state} defaultValue={v.forumName} required maxLength={150} />
      <Field id={`${p}-governorName`} name="governorName" label={labels.governorName} state={state} defaultValue={v.governorName} required maxLength={120} />
      <Field id={`${p}-networkShare`} name="networkShare" label="Høyeste andel til nettverkene (%)" state={state} defaultValue={v.networkShare} inputMode="decimal" required
        description="Resten går til UH. En lavere nettverksandel enn dette krever en registrert avtale i forumet. Tildelinger som alt er registrert, beholder sin andel." />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">Rapportfrist for evalueringen (året etter budsjettåret)</legend>
        <div className="grid gap-4 sm:grid-cols-2 mt-2">
          <Field id={`${p}-deadlineDay`} name="deadlineDay" label="Dag" state={state} defaultValue={String(v.deadlineDay)} inputMode="numeric" required />
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${p}-deadlineMonth`}>Måned</label>
            <select key={remount} id={`${p}-deadlineMonth`} name="deadlineMonth" className="ds-input" defaultValue={typed(state, "deadlineMonth", String(v.deadlineMonth))}
              aria-invalid={monthError ? true : undefined} aria-describedby={monthError ? `${p}-deadlineMonth-error` : undefined}>
              {MONTHS.map((m, i) => <option key={m} value={i + 1}>{m}</option>)}
            </select>
            {monthError && <p id={`${p}-deadlineMonth-error`} className="ds-validation-message" data-color="danger">{monthError}</p>}
          </div>
        </div>
      </fieldset>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">Frist for skoleeiernes behovsmelding (samme år)</legend>
        <div className="grid gap-4 sm:grid-cols-2 mt-2">
          <Field id={`${p}-needsDeadlineDay`} name="needsDeadlineDay" label="Dag" state={state} defaultValue={String(v.needsDeadlineDay)} inputMode="numeric" required />
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${p}-needsDeadlineMonth`}>Måned</label>
            <select key={remount} id={`${p}-needsDeadlineMonth`} name="needsDeadlineMonth" className="ds-input" defaultValue={typed(state, "needsDeadlineMonth", String(v.needsDeadlineMonth))}>
              {MONTHS.map((m, i) => <option key={m} value={i + 1}>{m}</option>)}
            </select>
          </div>
        </div>
      </fieldset>
      <Field id={`${p}-reminderDays`} name="reminderDays" label="Påminnelser, dager før fristen" state={state} defaultValue={v.reminderDays.join(", ")} required
        description="Skilt med komma, for eksempel «30, 7, 1». Regionen får e-post disse dagene hvis rapporten ikke er levert." />
      <SelectField id={`${p}-language`} name="language" label={languageText.label} description={languageText.description} state={state} remount={remount} fallback={v.language} options={languageText.options} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Lagrer …" : "Lagre innstillingene"}</button>
    </form>
  );
}
