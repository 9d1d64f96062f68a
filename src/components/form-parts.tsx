"use client";
// Small pieces every form uses: the result message of a server action and a field with its error.
import type { ActionResult } from "@/server/action-result";

export type FormState = ActionResult<unknown> | null;

export function ActionStatus({ state, className = "mt-3" }: { state: FormState; className?: string }) {
  if (!state) return null;
  return (
    <div className={`ds-alert ${className}`} data-color={state.ok ? "success" : "danger"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </div>
  );
}

export const fieldError = (state: FormState, name: string) => (state && !state.ok && state.fieldErrors?.[name]?.[0]) || null;

type FieldProps = {
  id: string;
  name: string;
  label: string;
  state: FormState;
  description?: string;
  children?: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "children">;

/** A labelled input with its description and error message tied to it (WCAG 1.3.1, 3.3.1). */
export function Field({ id, name, label, state, description, children, ...input }: FieldProps) {
  const error = fieldError(state, name);
  const describedBy = [description && `${id}-desc`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const aria = { ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>{label}</label>
      {description && <p id={`${id}-desc`} className="text-sm">{description}</p>}
      {children ? children(aria) : <input id={id} name={name} className="ds-input" {...aria} {...input} />}
      {error && <p id={`${id}-error`} className="ds-validation-message" data-color="danger">{error}</p>}
    </div>
  );
}
