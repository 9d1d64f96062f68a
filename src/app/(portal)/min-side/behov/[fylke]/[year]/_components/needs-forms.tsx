"use client";
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, useRemountKey } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { grantNeedsExtensionAction, saveNeedsLineAction } from "@/server/needs/actions";

export function NeedsLineForm({ ownerId, schemeId, year, version, areas }: { ownerId: string; schemeId: string; year: number; version: number; areas: { id: string; title: string }[] }) {
  const [state, action, pending] = useActionState(saveNeedsLineAction, null);
  const remount = useRemountKey(state);
  const t = useText("needsForms");
  const p = `nl-${ownerId}`;
  const years = [year, year + 1, year + 2].map((y) => [String(y), String(y)] as const);
  return (
    <form action={action} className="space-y-4 max-w-2xl" noValidate>
      <input type="hidden" name="schoolOwnerId" value={ownerId} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} prefix={p} labels={{ priorityAreaId: t("area"), targetGroup: t("targetGroup"), staffCount: t("staff"), measureKind: t("kind"), uhPartner: t("uh"), toYear: t("toYear") }} />
      <SelectField id={`${p}-priorityAreaId`} name="priorityAreaId" label={t("area")} state={state} remount={remount} options={areas.map((a) => [a.id, a.title] as const)} />
      <Field id={`${p}-targetGroup`} name="targetGroup" label={t("targetGroup")} description={t("targetGroupHelp")} state={state} required maxLength={300} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${p}-staffCount`} name="staffCount" label={t("staff")} inputMode="numeric" state={state} required />
        <SelectField id={`${p}-measureKind`} name="measureKind" label={t("kind")} state={state} remount={remount} options={(["NETTVERK", "SKOLEBASERT", "KURS", "VEILEDNING", "ANNET"] as const).map((k) => [k, t(`kindOption.${k}`)] as const)} />
        <SelectField id={`${p}-fromYear`} name="fromYear" label={t("fromYear")} state={state} remount={remount} options={years} />
        <SelectField id={`${p}-toYear`} name="toYear" label={t("toYear")} state={state} remount={remount} options={years} fallback={String(year + 2)} />
      </div>
      <Field id={`${p}-uhPartner`} name="uhPartner" label={t("uh")} description={t("uhHelp")} state={state} maxLength={200} />
      <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>{t("addLine")}</button>
    </form>
  );
}

export function NeedsExtensionForm({ year, schemeId, owners }: { year: number; schemeId: string; owners: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(grantNeedsExtensionAction, null);
  const remount = useRemountKey(state);
  const t = useText("needsForms");
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <FormOutcome state={state} prefix="ext" labels={{ until: t("until"), reason: t("reason") }} />
      <SelectField id="ext-schoolOwnerId" name="schoolOwnerId" label={t("owner")} state={state} remount={remount} options={owners.map((o) => [o.id, o.name] as const)} />
      <Field id="ext-until" name="until" type="date" label={t("until")} state={state} required />
      <Field id="ext-reason" name="reason" label={t("reason")} state={state} required maxLength={500} />
      <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>{t("grant")}</button>
    </form>
  );
}
