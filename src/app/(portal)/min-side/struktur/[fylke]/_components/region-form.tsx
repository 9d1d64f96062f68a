"use client";
import { useText } from "@/i18n/client";
import { useActionState } from "react";
import { Field, FormOutcome } from "@/components/form-parts";
import { createRegionAction } from "@/server/structure/actions";

export function RegionForm({ countyId, countySlug }: { countyId: string; countySlug: string }) {
  const [state, action, pending] = useActionState(createRegionAction, null);
  const t = useText("setupForms", "region");
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="countySlug" value={countySlug} />
      <FormOutcome state={state} prefix="region" labels={{ name: t("name"), coordinator: t("coordinator"), uhPartner: t("uhPartner") }} />
      <Field id="region-name" name="name" label={t("name")} state={state} type="text" required maxLength={80} />
      <Field id="region-coordinator" name="coordinator" label={t("coordinator")} state={state} type="text" required maxLength={120} description={t("coordinatorHelp")} />
      <Field id="region-uhPartner" name="uhPartner" label={t("uhPartner")} state={state} type="text" required maxLength={120} description={t("uhPartnerHelp")} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("creating") : t("create")}</button>
    </form>
  );
}
