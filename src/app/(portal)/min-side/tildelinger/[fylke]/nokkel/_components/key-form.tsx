"use client";
import { useActionState, useState } from "react";
import { Field, FormOutcome, SelectField, useRemountKey } from "@/components/form-parts";
import { formatMillionths, KEY_PERCENT_TOTAL, type KeyBasis } from "@/domain/allocation";
import { parseCount, parseKeyPercent, type Parsed } from "@/domain/money";
import { setKeyAction } from "@/server/allocations/actions";
import { useText } from "@/i18n/client";

type Region = { id: string; name: string; share: string };

const BASES: KeyBasis[] = ["PERCENT", "TEACHERS", "SCHOOLS", "PUPILS"];

export function KeyForm({ periodId, schemeId, regions, basedOnKeyId, years, defaultFromYear, basis: initialBasis }: { periodId: string; schemeId: string; regions: Region[]; basedOnKeyId: string | null; years: number[]; defaultFromYear: number; basis: KeyBasis }) {
  const [state, action, pending] = useActionState(setKeyAction, null);
  const t = useText("allocationForms");
  const money = useText("money");
  const remount = useRemountKey(state);
  const [basis, setBasis] = useState<KeyBasis>(initialBasis);
  const [shares, setShares] = useState(Object.fromEntries(regions.map((r) => [r.id, r.share])));
  // A help for the user only: the server reads every value again. A value that is not valid is shown as such.
  const parse = (v: string) => (basis === "PERCENT" ? parseKeyPercent(v) : parseCount(v));
  const weights = regions.map((r) => parse(shares[r.id] ?? ""));
  const invalid = weights.filter((w) => !w.ok).length;
  const sum = weights.reduce((a, w) => (w.ok ? a + w.value : a), 0);
  /** Under each field: the share the value gives, or why it cannot be read (the rule's code, in the reader's language). */
  const hint = (w: Parsed<number>) => {
    if (!w.ok) {
      const { code, ...values } = w.problem;
      return money(code, values);
    }
    return t("gives", { share: sum > 0 ? formatMillionths(Math.round((w.value * KEY_PERCENT_TOTAL) / sum)) : "–" });
  };
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <input type="hidden" name="basedOnKeyId" value={basedOnKeyId ?? ""} />
      <FormOutcome state={state} prefix="nokkel" labels={{ shares: t("shares"), fromYear: t("fromYear"), decisionRef: t("decisionRef"), decidedOn: t("decidedOn") }} />
      <div className="ds-field max-w-md">
        <label className="ds-label" htmlFor="nokkel-basis">{t("keyBasis")}</label>
        <select id="nokkel-basis" name="basis" className="ds-input" value={basis} onChange={(e) => setBasis(e.target.value as KeyBasis)}>
          {BASES.map((k) => <option key={k} value={k}>{t(`basis.${k}`)}</option>)}
        </select>
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t(`perRegion.${basis}`)}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {regions.map((r, i) => (
            <div key={r.id} className="ds-field">
              <label className="ds-label" htmlFor={`share-${r.id}`}>{r.name}</label>
              <input id={`share-${r.id}`} name={`share:${r.id}`} className="ds-input" inputMode={basis === "PERCENT" ? "decimal" : "numeric"}
                aria-describedby={`share-${r.id}-gives`} aria-invalid={weights[i].ok ? undefined : true}
                value={shares[r.id]} onChange={(e) => setShares({ ...shares, [r.id]: e.target.value })} />
              <p id={`share-${r.id}-gives`} className="text-sm">{hint(weights[i])}</p>
            </div>
          ))}
        </div>
        <p id="nokkel-shares" aria-live="polite" className={invalid === 0 && (basis !== "PERCENT" || sum === KEY_PERCENT_TOTAL) ? "" : "font-semibold"}>
          {basis === "PERCENT"
            ? t("sumPercent", { sum: formatMillionths(sum), exact: sum === KEY_PERCENT_TOTAL ? "yes" : "no" })
            : t("sumCount", { sum: sum.toLocaleString("nb-NO"), unit: t(`unit.${basis}`) })}
          {invalid > 0 && t("invalidCount", { count: invalid })}
        </p>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="nokkel-decisionRef" name="decisionRef" label={t("decisionRef")} state={state} required description={t("decisionRefHelp")} />
        <Field id="nokkel-decidedOn" name="decidedOn" label={t("decidedOn")} type="date" state={state} required />
        <SelectField id="nokkel-fromYear" name="fromYear" label={t("fromYear")} state={state} remount={remount} fallback={String(defaultFromYear)}
          description={t("fromYearHelp")} options={years.map((y) => [String(y), String(y)] as const)} />
      </div>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("registerKey")}</button>
    </form>
  );
}
