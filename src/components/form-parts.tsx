"use client";
// Small pieces every form uses: the result of a server action (an error summary that takes focus and links
// to each field in error, or a confirmation that takes focus), and a field with its error and the value
// the user typed, kept after a refusal.
import { useActionState, useEffect, useRef, useState } from "react";
import { useText } from "@/i18n/client";
import type { ActionResult } from "@/server/action-result";

export type FormState = ActionResult<unknown> | null;

/**
 * A <details> around a form, open whenever one of its forms has an outcome, so a refusal or a confirmation
 * is never hidden behind a closed summary. That matters most when the form was sent before the page's
 * script had loaded: the browser then posts it as a plain form and the page comes back with the outcome, and
 * a <details> rendered closed would hide it. Once open it stays as the user leaves it.
 */
export function FormDetails({ states, summary, className = "ds-details", summaryClassName, children }: {
  states: FormState | FormState[]; summary: React.ReactNode; className?: string; summaryClassName?: string; children: React.ReactNode;
}) {
  const outcome = (Array.isArray(states) ? states : [states]).some((s) => s !== null);
  return (
    <details className={className || undefined} open={outcome || undefined}>
      <summary className={summaryClassName}>{summary}</summary>
      {children}
    </details>
  );
}

/**
 * The result of a one-button action (approve, remove, reopen …), focused when it arrives: the button was
 * disabled while the action ran, which drops focus, so focus goes to what happened instead of the page body.
 */
export function ActionStatus({ state, className = "mt-3" }: { state: FormState; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) box.current?.focus();
  }, [state]);
  if (!state) return null;
  return (
    <div ref={box} tabIndex={-1} className={`ds-alert ${className}`} data-color={state.ok ? "success" : "danger"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </div>
  );
}

/**
 * The form's outcome, focused when it arrives (GOV.UK's and Designsystemet's ErrorSummary pattern): after a
 * refusal, a summary that links to each field in error (`${prefix}-${name}`); after success, the confirmation.
 */
export function FormOutcome({ state, prefix, labels = {}, children }: { state: FormState; prefix: string; labels?: Record<string, string>; children?: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) box.current?.focus();
  }, [state]);
  if (!state) return null;
  const errors = !state.ok ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <div ref={box} tabIndex={-1} className="ds-alert mt-3" data-color={state.ok ? "success" : "danger"} role={state.ok ? "status" : "alert"}>
      {errors.length > 0 ? (
        <>
          <h2 className="ds-heading" data-size="2xs">{state.message}</h2>
          <ul className="mt-2 prose-list">
            {errors.map(([name, messages]) => (
              <li key={name}><a className="ds-link" href={`#${prefix}-${name}`}>{labels[name] ? `${labels[name]}: ` : ""}{messages[0]}</a></li>
            ))}
          </ul>
        </>
      ) : (
        <p>{state.message}</p>
      )}
      {children}
    </div>
  );
}

export const fieldError = (state: FormState, name: string) => (state && !state.ok && state.fieldErrors?.[name]?.[0]) || null;

/** What the user typed in this field before the server refused the form, or the fallback. */
export const typed = (state: FormState, name: string, fallback?: string) => (state && !state.ok ? state.values?.[name] : undefined) ?? fallback;

type FieldProps = {
  id: string;
  name: string;
  label: string;
  state: FormState;
  description?: string;
  children?: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "children">;

/** A labelled input with its description and error message tied to it (WCAG 1.3.1, 3.3.1). */
export function Field({ id, name, label, state, description, children, defaultValue, ...input }: FieldProps) {
  const error = fieldError(state, name);
  const describedBy = [description && `${id}-desc`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const aria = { ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
  const value = typed(state, name, defaultValue === undefined ? undefined : String(defaultValue));
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>{label}</label>
      {description && <p id={`${id}-desc`} className="text-sm">{description}</p>}
      {children ? children(aria) : <input id={id} name={name} className="ds-input" defaultValue={value} {...aria} {...input} />}
      {error && <p id={`${id}-error`} className="ds-validation-message" data-color="danger">{error}</p>}
    </div>
  );
}

/**
 * React resets a form after each submit, and a <select> resets to its first option, not to its
 * defaultValue. Keying selects with this number mounts them anew after each result, with what was typed
 * (after a refusal) as their default.
 */
export function useRemountKey(state: FormState): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (state) setGeneration((g) => g + 1);
  }, [state]);
  return generation;
}

type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  state: FormState;
  options: readonly (readonly [value: string, label: string])[];
  /** The value shown before anything is submitted; after a refusal, what the user had chosen. */
  fallback?: string;
  /** From useRemountKey(state): a select forgets defaultValue after a form action unless remounted. */
  remount: number;
  description?: string;
};

/** A labelled select with its description and error, keeping the user's choice after a refusal. */
export function SelectField({ id, name, label, state, options, fallback, remount, description }: SelectFieldProps) {
  return (
    <Field id={id} name={name} label={label} state={state} description={description}>
      {(aria) => (
        <select key={remount} id={id} name={name} className="ds-input" defaultValue={typed(state, name, fallback)} {...aria}>
          {options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
        </select>
      )}
    </Field>
  );
}

/**
 * A submit button that asks first (WCAG 3.3.4): the first press shows the question with «Ja, …» and
 * «Avbryt», and focus moves to «Ja, …»; only that one submits the form (with `name`/`value` if given).
 */
export function ConfirmSubmit(props: {
  children: React.ReactNode; question: string; confirm: string; name?: string; value?: string;
  disabled?: boolean; variant?: "primary" | "secondary" | "tertiary"; size?: "sm" | "md";
}) {
  const [asking, setAsking] = useState(false);
  const t = useText("common");
  const yes = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) first.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const look = { className: "ds-button", "data-size": props.size ?? "md" };
  if (!asking) {
    return (
      <button ref={first} type="button" {...look} data-variant={props.variant ?? "primary"} disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.children}
      </button>
    );
  }
  return (
    <span role="group" aria-label={props.question} className="inline-flex flex-wrap items-center gap-2">
      <span className="font-semibold">{props.question}</span>
      <button ref={yes} type="submit" name={props.name} value={props.value} {...look} data-variant="primary" disabled={props.disabled}>{props.confirm}</button>
      <button type="button" {...look} data-variant="secondary" onClick={() => setAsking(false)}>{t("cancel")}</button>
    </span>
  );
}

/**
 * A one-button form that asks first (remove, submit, withdraw …): the hidden fields the action needs, the button
 * (ConfirmSubmit), and the result of the action, focused when it arrives.
 */
export function ConfirmForm(props: {
  action: (prev: FormState, form: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string | number>;
  question: string;
  confirm: string;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "tertiary";
  size?: "sm" | "md";
}) {
  const [state, action, pending] = useActionState(props.action, null);
  return (
    <form action={action}>
      {Object.entries(props.fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <ConfirmSubmit variant={props.variant} size={props.size} disabled={pending} question={props.question} confirm={props.confirm}>{props.children}</ConfirmSubmit>
      <ActionStatus state={state} />
    </form>
  );
}
