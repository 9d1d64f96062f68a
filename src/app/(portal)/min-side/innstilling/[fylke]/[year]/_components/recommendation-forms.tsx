"use client";
import { useActionState } from "react";
import { ActionStatus, Field, FormOutcome, typed } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { assembleRecommendationAction, commentRecommendationAction, saveRecommendationTextAction } from "@/server/recommendations/actions";

export function AssembleForm({ countyId, schemeId, year, version, again }: { countyId: string; schemeId: string; year: number; version: number; again: boolean }) {
  const t = useText("recommendationForms");
  const [state, action, pending] = useActionState(assembleRecommendationAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm">{t("assembleHelp")}</p>
      <button type="submit" className="ds-button" data-variant={again ? "secondary" : "primary"} disabled={pending}>{again ? t("reassemble") : t("assemble")}</button>
      <ActionStatus state={state} />
    </form>
  );
}

export function TextForm({ id, version, intro, regions, notes }: { id: string; version: number; intro: string; regions: { id: string; name: string }[]; notes: Record<string, string> }) {
  const t = useText("recommendationForms");
  const [state, action, pending] = useActionState(saveRecommendationTextAction, null);
  return (
    <form action={action} className="space-y-4 max-w-2xl" noValidate>
      <input type="hidden" name="recommendationId" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} prefix="rt" labels={{ intro: t("intro") }} />
      <Field id="rt-intro" name="intro" label={t("intro")} state={state} defaultValue={intro}>
        {(aria) => <textarea id="rt-intro" name="intro" className="ds-input" rows={5} defaultValue={typed(state, "intro", intro)} {...aria} />}
      </Field>
      {regions.map((r) => (
        <div key={r.id} className="ds-field">
          <label className="ds-label" htmlFor={`rt-note-${r.id}`}>{t("noteFor", { region: r.name })}</label>
          <textarea id={`rt-note-${r.id}`} name={`note:${r.id}`} className="ds-input" rows={2} defaultValue={notes[r.id] ?? ""} />
        </div>
      ))}
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("saveText")}</button>
    </form>
  );
}

export function CommentForm({ id }: { id: string }) {
  const t = useText("recommendationForms");
  const [state, action, pending] = useActionState(commentRecommendationAction, null);
  return (
    <form action={action} className="space-y-3 max-w-2xl" noValidate>
      <input type="hidden" name="recommendationId" value={id} />
      <FormOutcome state={state} prefix="rc" labels={{ text: t("comment") }} />
      <Field id="rc-text" name="text" label={t("comment")} state={state}>
        {(aria) => <textarea id="rc-text" name="text" className="ds-input" rows={3} defaultValue={typed(state, "text", "")} {...aria} />}
      </Field>
      <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>{t("addComment")}</button>
    </form>
  );
}
