"use client";
// Correct or withdraw one egenandel entry. Both are audited; a withdrawn entry stays visible and stops counting.
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, useRemountKey, FormDetails } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { correctCoFinancingAction, withdrawCoFinancingAction } from "@/server/allocations/actions";

type Entry = { id: string; version: number; kind: string; amount: string; description: string; owner: string };

export function CoFinancingEntryForms({ entry }: { entry: Entry }) {
  const [corrected, correct, correcting] = useActionState(correctCoFinancingAction, null);
  const [withdrawn, withdraw, withdrawing] = useActionState(withdrawCoFinancingAction, null);
  const remount = useRemountKey(corrected);
  const p = `cf-${entry.id}`;
  const t = useText("allocationForms");
  const kinds = (["PENGER", "LONN", "FRIKJOP"] as const).map((k) => [k, t(`kind.${k}`)] as const);
  return (
    <FormDetails states={[corrected, withdrawn]} className="" summaryClassName="ds-link cursor-pointer"
      summary={<>{t("correctOrWithdraw")}<span className="sr-only"> ({entry.owner}, {entry.amount})</span></>}>
      <div className="mt-2 grid gap-6 md:grid-cols-2">
        <form action={correct} className="space-y-3" noValidate>
          <input type="hidden" name="coFinancingId" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
          <FormOutcome state={corrected} prefix={p} />
          <SelectField id={`${p}-kind`} name="kind" label={t("kindLabel")} state={corrected} remount={remount} fallback={entry.kind} options={kinds} />
          <Field id={`${p}-amount`} name="amount" label={t("amountKr")} inputMode="decimal" state={corrected} defaultValue={entry.amount} />
          <Field id={`${p}-description`} name="description" label={t("description")} state={corrected} defaultValue={entry.description} />
          <button type="submit" className="ds-button" data-variant="secondary" disabled={correcting}>{t("save")}</button>
        </form>
        <form action={withdraw} className="space-y-3" noValidate>
          <input type="hidden" name="coFinancingId" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
          <FormOutcome state={withdrawn} prefix={`${p}w`} />
          <Field id={`${p}w-reason`} name="reason" label={t("withdrawReason")} state={withdrawn} />
          <button type="submit" className="ds-button" data-variant="secondary" disabled={withdrawing}>{t("withdraw")}</button>
        </form>
      </div>
    </FormDetails>
  );
}
