"use client";
import { useActionState } from "react";
import { Field, FormOutcome } from "@/components/form-parts";
import { saveGoalAction } from "@/server/plans/actions";
import { useText } from "@/i18n/client";

/** Adds a mål (no goalId) or renames one. The first mål creates the region's plan for the period. */
export function GoalForm(props: { regionId: string; periodId: string; schemeId: string; planVersion: number; goal?: { id: string; number: number; title: string } }) {
  const t = useText("planForm");
  const [state, action, pending] = useActionState(saveGoalAction, null);
  const prefix = props.goal ? `g-${props.goal.id}` : "g-new";
  return (
    <form action={action} className="space-y-3 max-w-2xl" noValidate>
      <input type="hidden" name="regionId" value={props.regionId} />
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="schemeId" value={props.schemeId} />
      <input type="hidden" name="planVersion" value={props.planVersion} />
      {props.goal && <input type="hidden" name="goalId" value={props.goal.id} />}
      <FormOutcome state={state} prefix={prefix} labels={{ title: t("goal") }} />
      <Field id={`${prefix}-title`} name="title" label={props.goal ? t("goalNumbered", { n: props.goal.number }) : t("newGoal")} state={state} defaultValue={props.goal?.title ?? ""} required maxLength={500} />
      <button type="submit" className="ds-button" data-variant={props.goal ? "secondary" : "primary"} disabled={pending}>{pending ? t("saving") : props.goal ? t("saveGoal") : t("addGoal")}</button>
    </form>
  );
}
