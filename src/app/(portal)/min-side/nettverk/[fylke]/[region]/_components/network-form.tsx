"use client";
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, useRemountKey } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { saveNetworkAction } from "@/server/networks/actions";

type Values = { id: string; version: number; name: string; kind: string; targetGroup: string; rhythm: string; schemeId: string | null };

/** Creates a network (no `network`) or edits one. */
/** `schemes`: the county's, by id and name; a network is part of one of them or of none (the region's own). */
export function NetworkForm({ regionId, schemes, network }: { regionId: string; schemes: { id: string; name: string }[]; network?: Values }) {
  const [state, action, pending] = useActionState(saveNetworkAction, null);
  const remount = useRemountKey(state);
  const t = useText("networkForms", "form");
  const kinds = useText("networkForms", "kind");
  const p = network ? `n-${network.id}` : "n-new";
  return (
    <form action={action} className="space-y-4 max-w-2xl" noValidate>
      <input type="hidden" name="regionId" value={regionId} />
      <input type="hidden" name="version" value={network?.version ?? 0} />
      {network && <input type="hidden" name="networkId" value={network.id} />}
      <FormOutcome state={state} prefix={p} labels={{ name: t("name"), kind: t("kind"), targetGroup: t("targetGroup"), rhythm: t("rhythm"), schemeId: t("scheme") }} />
      <Field id={`${p}-name`} name="name" label={t("name")} state={state} defaultValue={network?.name ?? ""} required maxLength={200} />
      <SelectField id={`${p}-kind`} name="kind" label={t("kind")} state={state} remount={remount} fallback={network?.kind} options={(["SKOLELEDERNETTVERK", "SFO_LEDERNETTVERK", "DIGITAL_KOMPETANSE", "FAGSAMLINGER", "SKOLEBASERT_TILTAK"] as const).map((k) => [k, kinds(k)] as const)} />
      <Field id={`${p}-targetGroup`} name="targetGroup" label={t("targetGroup")} state={state} defaultValue={network?.targetGroup ?? ""} required maxLength={300} description={t("targetGroupHelp")} />
      <Field id={`${p}-rhythm`} name="rhythm" label={t("rhythm")} state={state} defaultValue={network?.rhythm ?? ""} required maxLength={300} description={t("rhythmHelp")} />
      <SelectField id={`${p}-schemeId`} name="schemeId" label={t("scheme")} description={t("schemeHelp")} state={state} remount={remount} fallback={network ? network.schemeId ?? "" : schemes[0]?.id}
        options={[...schemes.map((s) => [s.id, s.name] as const), ["", t("noScheme")] as const]} />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{network ? t("save") : t("create")}</button>
    </form>
  );
}
