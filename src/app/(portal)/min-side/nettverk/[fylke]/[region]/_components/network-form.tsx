"use client";
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, typed, useRemountKey } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { saveNetworkAction } from "@/server/networks/actions";

type Values = { id: string; version: number; name: string; kind: string; targetGroup: string; rhythm: string; inDekom: boolean };

/** Creates a network (no `network`) or edits one. */
export function NetworkForm({ regionId, network }: { regionId: string; network?: Values }) {
  const [state, action, pending] = useActionState(saveNetworkAction, null);
  const remount = useRemountKey(state);
  const t = useText("networkForms", "form");
  const kinds = useText("networkForms", "kind");
  const p = network ? `n-${network.id}` : "n-new";
  const checked = typed(state, "inDekom", network?.inDekom ? "on" : "") === "on";
  return (
    <form action={action} className="space-y-4 max-w-2xl" noValidate>
      <input type="hidden" name="regionId" value={regionId} />
      <input type="hidden" name="version" value={network?.version ?? 0} />
      {network && <input type="hidden" name="networkId" value={network.id} />}
      <FormOutcome state={state} prefix={p} labels={{ name: t("name"), kind: t("kind"), targetGroup: t("targetGroup"), rhythm: t("rhythm") }} />
      <Field id={`${p}-name`} name="name" label={t("name")} state={state} defaultValue={network?.name ?? ""} required maxLength={200} />
      <SelectField id={`${p}-kind`} name="kind" label={t("kind")} state={state} remount={remount} fallback={network?.kind} options={(["SKOLELEDERNETTVERK", "SFO_LEDERNETTVERK", "DIGITAL_KOMPETANSE", "FAGSAMLINGER", "SKOLEBASERT_TILTAK"] as const).map((k) => [k, kinds(k)] as const)} />
      <Field id={`${p}-targetGroup`} name="targetGroup" label={t("targetGroup")} state={state} defaultValue={network?.targetGroup ?? ""} required maxLength={300} description={t("targetGroupHelp")} />
      <Field id={`${p}-rhythm`} name="rhythm" label={t("rhythm")} state={state} defaultValue={network?.rhythm ?? ""} required maxLength={300} description={t("rhythmHelp")} />
      <div key={remount} className="ds-field flex items-center gap-2">
        <input id={`${p}-inDekom`} type="checkbox" className="ds-input" name="inDekom" defaultChecked={checked} />
        <label htmlFor={`${p}-inDekom`}>{t("inDekom")}</label>
      </div>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{network ? t("save") : t("create")}</button>
    </form>
  );
}
