"use client";
import { useActionState } from "react";
import { ActionStatus, Field, SelectField, useRemountKey } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { recordCoFinancingAction } from "@/server/allocations/actions";

export function CoFinancingForm({ year, schemeId, owners }: { year: number; schemeId: string; owners: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(recordCoFinancingAction, null);
  const remount = useRemountKey(state);
  const t = useText("allocationForms");
  return (
    <form action={action} className="space-y-3 max-w-xl" noValidate>
      <h3 className="ds-heading" data-size="xs">{t("coFinancingHeading")}</h3>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <SelectField id="cf-owner" name="schoolOwnerId" label={t("owner")} state={state} remount={remount} options={owners.map((o) => [o.id, o.name] as const)} />
      <SelectField id="cf-kind" name="kind" label={t("kindLabel")} state={state} remount={remount} options={(["PENGER", "LONN", "FRIKJOP"] as const).map((k) => [k, t(`kind.${k}`)] as const)} />
      <Field id="cf-amount" name="amount" label={t("amountKr")} inputMode="decimal" state={state} required />
      <Field id="cf-desc" name="description" label={t("description")} state={state} required description={t("descriptionHelp")} />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("register")}</button>
      <ActionStatus state={state} />
    </form>
  );
}
