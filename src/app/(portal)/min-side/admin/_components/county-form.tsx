"use client";
import { useActionState } from "react";
import { Field, FormOutcome } from "@/components/form-parts";
import { createCountyAction } from "@/server/access/actions";
import { useText } from "@/i18n/client";

export function CountyForm() {
  const [state, action, pending] = useActionState(createCountyAction, null);
  const t = useText("accessForms");
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <FormOutcome state={state} prefix="fylke" labels={{ name: t("countyName"), governorName: t("governor") }} />
      <Field id="fylke-name" name="name" label={t("countyName")} state={state} type="text" required maxLength={80} description={t("countyNameHelp")} />
      <Field id="fylke-governorName" name="governorName" label={t("governor")} state={state} type="text" required maxLength={120}
        description={t("governorHelp")} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("creating") : t("createCounty")}</button>
    </form>
  );
}
