"use client";
import { useActionState } from "react";
import { ActionStatus, fieldError, useRemountKey, type FormState } from "./form-parts";

type Props = {
  /** The section's heading (h2). */
  title: string;
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  help: string;
  /** The fieldset's legend and the button, in the reader's language (from the page). */
  text: { tick: string; save: string };
  options: { id: string; label: string; checked: boolean }[];
};

/** Which schemes a county runs or a forum serves: a section with one checkbox per scheme. The server checks the choice. */
export function SchemesForm({ title, action, hidden, help, text, options }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const remount = useRemountKey(state);
  const error = fieldError(state, "schemeIds");
  // After a refusal the boxes show what the user had ticked (the server returns the values it was sent).
  const typed = state && !state.ok ? state.values?.schemeIds : undefined;
  const ticked = (id: string, checked: boolean) => (typed === undefined ? checked : typed.split("\n").includes(id));
  return (
    <section aria-labelledby="ordninger" className="space-y-3">
      <h2 id="ordninger" className="ds-heading" data-size="md">{title}</h2>
      <form action={formAction} className="space-y-3 max-w-xl" noValidate>
        {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <fieldset className="ds-fieldset space-y-2" aria-describedby={error ? "schemeIds-error schemeIds-help" : "schemeIds-help"} aria-invalid={error ? true : undefined}>
          <legend className="ds-label">{text.tick}</legend>
          <p id="schemeIds-help" className="ds-paragraph text-sm">{help}</p>
          {options.map((o) => (
            <div key={`${o.id}-${remount}`} className="ds-checkbox flex items-center gap-2">
              <input type="checkbox" className="ds-input" id={`scheme-${o.id}`} name="schemeIds" value={o.id} defaultChecked={ticked(o.id, o.checked)} />
              <label className="ds-label" data-weight="regular" htmlFor={`scheme-${o.id}`}>{o.label}</label>
            </div>
          ))}
          {error && <p id="schemeIds-error" className="ds-validation-message" data-color="danger">{error}</p>}
        </fieldset>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{text.save}</button>
        <ActionStatus state={state} />
      </form>
    </section>
  );
}
