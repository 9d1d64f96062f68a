"use client";
import { useActionState, useId } from "react";
import { useText } from "@/i18n/client";
import { ActionStatus, Field, typed, FormDetails } from "@/components/form-parts";
import { acceptAction, conclusionAction, extensionAction, returnAction, startEvaluationAction } from "@/server/evaluations/actions";

type Ref = { evaluationId: string; version: number; regionSlug: string; year: number };
function Hidden({ r }: { r: Ref }) {
  return (<><input type="hidden" name="evaluationId" value={r.evaluationId} /><input type="hidden" name="version" value={r.version} /><input type="hidden" name="regionSlug" value={r.regionSlug} /><input type="hidden" name="year" value={r.year} /></>);
}

export function ReviewForms(props: Ref) {
  const [retState, ret, returning] = useActionState(returnAction, null);
  const [accState, acc, accepting] = useActionState(acceptAction, null);
  const uid = useId();
  const t = useText("evaluation", "reviewForms");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form action={ret} className="space-y-2" noValidate>
        <Hidden r={props} />
        <Field id={`${uid}-comment`} name="comment" label={t("returnLabel")} description={t("returnHelp")} state={retState} required>
          {(aria) => <textarea id={`${uid}-comment`} name="comment" className="ds-input" rows={3} defaultValue={typed(retState, "comment")} {...aria} />}
        </Field>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={returning}>{t("returnButton")}</button>
        <ActionStatus state={retState} />
      </form>
      <form action={acc} className="space-y-2">
        <Hidden r={props} />
        <p className="ds-paragraph">{t("acceptHelp")}</p>
        <button type="submit" className="ds-button" data-variant="primary" disabled={accepting}>{t("acceptButton")}</button>
        <ActionStatus state={accState} />
      </form>
    </div>
  );
}

export function ExtensionForm(props: { regionId: string; schemeId: string; regionSlug: string; year: number }) {
  const [state, action, pending] = useActionState(extensionAction, null);
  const uid = useId();
  const t = useText("evaluation", "reviewForms");
  return (
    <FormDetails states={state} summary={t("extension")}>
      <form action={action} className="p-2 space-y-2 max-w-md" noValidate>
        <input type="hidden" name="regionId" value={props.regionId} />
        <input type="hidden" name="schemeId" value={props.schemeId} />
        <input type="hidden" name="regionSlug" value={props.regionSlug} />
        <input type="hidden" name="year" value={props.year} />
        <Field id={`${uid}-until`} name="until" label={t("newDeadline")} type="date" state={state} required />
        <Field id={`${uid}-reason`} name="reason" label={t("reason")} state={state} required />
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>{t("extension")}</button>
        <ActionStatus state={state} />
      </form>
    </FormDetails>
  );
}

export function ConclusionForm(props: { countyId: string; schemeId: string; year: number; current: { adjustStrategy: boolean; reasoning: string } | null }) {
  const [state, action, pending] = useActionState(conclusionAction, null);
  const uid = useId();
  const t = useText("evaluation", "conclusion");
  return (
    <form action={action} className="space-y-2 max-w-xl" noValidate>
      <input type="hidden" name="countyId" value={props.countyId} />
      <input type="hidden" name="schemeId" value={props.schemeId} />
      <input type="hidden" name="year" value={props.year} />
      <fieldset>
        <legend className="font-semibold">{t("question", { year: String(props.year) })}</legend>
        {[["ja", t("yes")], ["nei", t("no")]].map(([v, l]) => (
          <div key={v} className="flex items-center gap-2">
            <input type="radio" id={`${uid}-${v}`} name="adjustStrategy" value={v} className="ds-input" defaultChecked={(typed(state, "adjustStrategy") ?? (props.current ? (props.current.adjustStrategy ? "ja" : "nei") : undefined)) === v} />
            <label htmlFor={`${uid}-${v}`}>{l}</label>
          </div>
        ))}
      </fieldset>
      <Field id={`${uid}-reasoning`} name="reasoning" label={t("reasoning")} state={state} required>
        {(aria) => <textarea id={`${uid}-reasoning`} name="reasoning" className="ds-input" rows={3} defaultValue={typed(state, "reasoning", props.current?.reasoning)} {...aria} />}
      </Field>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("submit")}</button>
      <ActionStatus state={state} />
    </form>
  );
}

/** The skoleutvikler starts the year's report (a POST: opening the page never creates anything). */
export function StartReport({ regionId, schemeId, year }: { regionId: string; schemeId: string; year: number }) {
  const [state, action, pending] = useActionState(startEvaluationAction, null);
  const t = useText("evaluation");
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="regionId" value={regionId} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <input type="hidden" name="year" value={year} />
      <p className="ds-paragraph">{t("notBegun", { year: String(year) })}</p>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("start.button", { year: String(year) })}</button>
      <ActionStatus state={state} />
    </form>
  );
}
