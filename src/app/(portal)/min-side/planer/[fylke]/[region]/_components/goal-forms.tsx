"use client";
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, useRemountKey } from "@/components/form-parts";
import { adoptPlanAction, saveGoalAction } from "@/server/plans/actions";
import { planFormText as t } from "@/lib/messages/plans";

/** Adds a mål (no goalId) or renames one. The first mål creates the region's plan for the period. */
export function GoalForm(props: { regionId: string; periodId: string; planVersion: number; goal?: { id: string; number: number; title: string } }) {
  const [state, action, pending] = useActionState(saveGoalAction, null);
  const prefix = props.goal ? `g-${props.goal.id}` : "g-new";
  return (
    <form action={action} className="space-y-3 max-w-2xl" noValidate>
      <input type="hidden" name="regionId" value={props.regionId} />
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="planVersion" value={props.planVersion} />
      {props.goal && <input type="hidden" name="goalId" value={props.goal.id} />}
      <FormOutcome state={state} prefix={prefix} labels={{ title: t.goal }} />
      <Field id={`${prefix}-title`} name="title" label={props.goal ? t.goalNumbered(props.goal.number) : t.newGoal} state={state} defaultValue={props.goal?.title ?? ""} required maxLength={500} />
      <button type="submit" className="ds-button" data-variant={props.goal ? "secondary" : "primary"} disabled={pending}>{pending ? t.saving : props.goal ? t.saveGoal : t.addGoal}</button>
    </form>
  );
}

/** Links the plan to the decided case of the region's Oppvekstforum that adopted it. */
export function AdoptForm({ planId, planVersion, cases }: { planId: string; planVersion: number; cases: { id: string; number: string; title: string }[] }) {
  const [state, action, pending] = useActionState(adoptPlanAction, null);
  const remount = useRemountKey(state);
  if (cases.length === 0) return <p>{t.noDecidedCases}</p>;
  return (
    <form action={action} className="space-y-3 max-w-2xl" noValidate>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="planVersion" value={planVersion} />
      <FormOutcome state={state} prefix="adopt" labels={{ caseId: t.adoptingCase }} />
      <SelectField id="adopt-caseId" name="caseId" label={t.adoptingCase} state={state} remount={remount} options={cases.map((c) => [c.id, `${c.number}: ${c.title}`] as const)} />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t.adopt}</button>
    </form>
  );
}
