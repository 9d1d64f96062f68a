"use client";
import { useText } from "@/i18n/client";
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, fieldError, typed, useRemountKey } from "@/components/form-parts";
import { updateCountySettingsAction } from "@/server/structure/actions";

const MONTHS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] as const;
const FIELDS = ["name", "forumName", "governorName", "networkShare", "deadlineDay", "deadlineMonth", "needsDeadlineDay", "needsDeadlineMonth", "reminderDays"] as const;

export type SettingsValues = { countyId: string; countySlug: string; version: number; name: string; forumName: string; governorName: string; networkShare: string; deadlineDay: number; deadlineMonth: number; needsDeadlineDay: number; needsDeadlineMonth: number; reminderDays: number[]; language: "nb" | "nn" };
/** The written-standard field's text, from the catalogue on the server (the page's language). */
export type LanguageText = { label: string; description: string; options: [string, string][] };

export function SettingsForm({ values: v, languageText }: { values: SettingsValues; languageText: LanguageText }) {
  const [state, action, pending] = useActionState(updateCountySettingsAction, null);
  const p = "innstilling";
  const t = useText("setupForms", "settings");
  const month = useText("setupForms", "month");
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(f)])) as Record<(typeof FIELDS)[number], string>;
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
      <Field id={`${p}-networkShare`} name="networkShare" label={t("networkSharePercent")} state={state} defaultValue={v.networkShare} inputMode="decimal" required
        description={t("networkShareHelp")} />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{t("reportDeadline")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 mt-2">
          <Field id={`${p}-deadlineDay`} name="deadlineDay" label={t("day")} state={state} defaultValue={String(v.deadlineDay)} inputMode="numeric" required />
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${p}-deadlineMonth`}>{t("monthLabel")}</label>
            <select key={remount} id={`${p}-deadlineMonth`} name="deadlineMonth" className="ds-input" defaultValue={typed(state, "deadlineMonth", String(v.deadlineMonth))}
              aria-invalid={monthError ? true : undefined} aria-describedby={monthError ? `${p}-deadlineMonth-error` : undefined}>
              {MONTHS.map((m) => <option key={m} value={m}>{month(m)}</option>)}
            </select>
            {monthError && <p id={`${p}-deadlineMonth-error`} className="ds-validation-message" data-color="danger">{monthError}</p>}
          </div>
        </div>
      </fieldset>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{t("needsDeadline")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 mt-2">
          <Field id={`${p}-needsDeadlineDay`} name="needsDeadlineDay" label={t("day")} state={state} defaultValue={String(v.needsDeadlineDay)} inputMode="numeric" required />
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${p}-needsDeadlineMonth`}>{t("monthLabel")}</label>
            <select key={remount} id={`${p}-needsDeadlineMonth`} name="needsDeadlineMonth" className="ds-input" defaultValue={typed(state, "needsDeadlineMonth", String(v.needsDeadlineMonth))}>
              {MONTHS.map((m) => <option key={m} value={m}>{month(m)}</option>)}
            </select>
          </div>
        </div>
      </fieldset>
      <Field id={`${p}-reminderDays`} name="reminderDays" label={t("reminders")} state={state} defaultValue={v.reminderDays.join(", ")} required
        description={t("remindersHelp")} />
      <SelectField id={`${p}-language`} name="language" label={languageText.label} description={languageText.description} state={state} remount={remount} fallback={v.language} options={languageText.options} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : t("save")}</button>
    </form>
  );
}
