"use client";
import { useActionState, useState } from "react";
import { ActionStatus, Field } from "@/components/form-parts";
import { recordGrantAction } from "@/server/allocations/actions";
import { useText } from "@/i18n/client";

type Props = {
  countyId: string;
  schemeId: string;
  year: number;
  version: number;
  maxShare: string;
  initial: { amount: string; receivedOn: string; letterRef: string; networkShare: string; agreedBy: string; agreedOn: string; agreementRef: string };
};

/** Statsforvalteren records (or corrects) the year's state grant. The server decides; this only helps. */
export function GrantForm({ countyId, schemeId, year, version, maxShare, initial }: Props) {
  const [state, action, pending] = useActionState(recordGrantAction, null);
  const [share, setShare] = useState(initial.networkShare);
  const t = useText("allocationForms");
  const lowered = share.trim() !== "" && share.replace(",", ".") !== maxShare.replace(",", ".");
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      <Field id="amount" name="amount" label={t("amount")} state={state} inputMode="decimal" autoComplete="off"
        defaultValue={initial.amount} description={t("amountHelp")} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="receivedOn" name="receivedOn" label={t("receivedOn")} type="date" state={state} defaultValue={initial.receivedOn} required />
        <Field id="letterRef" name="letterRef" label={t("letterRef")} state={state} defaultValue={initial.letterRef} required />
      </div>
      <Field id="networkShare" name="networkShare" label={t("networkShare")} state={state} inputMode="decimal"
        value={share} onChange={(e) => setShare(e.target.value)}
        description={t("networkShareHelp", { max: maxShare })} required />
      {lowered && (
        <fieldset className="ds-fieldset space-y-3 border p-3 rounded" style={{ borderColor: "var(--ds-color-neutral-border-subtle)" }}>
          <legend className="font-semibold px-1">{t("agreement")}</legend>
          <Field id="agreedBy" name="agreedBy" label={t("agreedBy")} state={state} defaultValue={initial.agreedBy} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="agreedOn" name="agreedOn" label={t("agreedOn")} type="date" state={state} defaultValue={initial.agreedOn} />
            <Field id="agreementRef" name="agreementRef" label={t("agreementRef")} state={state} defaultValue={initial.agreementRef} />
          </div>
        </fieldset>
      )}
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
        {pending ? t("saving") : version ? t("saveChanged") : t("record")}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
