"use client";
import { useActionState, useState } from "react";
import { Field, FormOutcome, SelectField, useRemountKey } from "@/components/form-parts";
import { formatMillionths, KEY_PERCENT_TOTAL, type KeyBasis } from "@/domain/allocation";
import { parseCount, parseKeyPercent } from "@/domain/money";
import { setKeyAction } from "@/server/allocations/actions";

type Region = { id: string; name: string; share: string };

const BASIS: Record<KeyBasis, { label: string; unit: string }> = {
  PERCENT: { label: "Prosentandeler (inntil fire desimaler)", unit: "%" },
  TEACHERS: { label: "Antall lærere i regionen", unit: "lærere" },
  SCHOOLS: { label: "Antall skoler i regionen", unit: "skoler" },
  PUPILS: { label: "Antall elever i regionen", unit: "elever" },
};

export function KeyForm({ periodId, schemeId, regions, basedOnKeyId, years, defaultFromYear, basis: initialBasis }: { periodId: string; schemeId: string; regions: Region[]; basedOnKeyId: string | null; years: number[]; defaultFromYear: number; basis: KeyBasis }) {
  const [state, action, pending] = useActionState(setKeyAction, null);
  const remount = useRemountKey(state);
  const [basis, setBasis] = useState<KeyBasis>(initialBasis);
  const [shares, setShares] = useState(Object.fromEntries(regions.map((r) => [r.id, r.share])));
  // A help for the user only: the server reads every value again. A value that is not valid is shown as such.
  const parse = (v: string) => (basis === "PERCENT" ? parseKeyPercent(v) : parseCount(v));
  const weights = regions.map((r) => parse(shares[r.id] ?? ""));
  const invalid = weights.filter((w) => !w.ok).length;
  const sum = weights.reduce((a, w) => (w.ok ? a + w.value : a), 0);
  const resulting = (i: number) => { const w = weights[i]; return w.ok && sum > 0 ? formatMillionths(Math.round((w.value * KEY_PERCENT_TOTAL) / sum)) : "–"; };
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="schemeId" value={schemeId} />
      <input type="hidden" name="basedOnKeyId" value={basedOnKeyId ?? ""} />
      <FormOutcome state={state} prefix="nokkel" labels={{ shares: "Andelene", fromYear: "Gjelder fra budsjettåret", decisionRef: "Vedtak i samarbeidsforumet", decidedOn: "Vedtaksdato" }} />
      <div className="ds-field max-w-md">
        <label className="ds-label" htmlFor="nokkel-basis">Nøkkelen er gitt som</label>
        <select id="nokkel-basis" name="basis" className="ds-input" value={basis} onChange={(e) => setBasis(e.target.value as KeyBasis)}>
          {Object.entries(BASIS).map(([k, b]) => <option key={k} value={k}>{b.label}</option>)}
        </select>
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{basis === "PERCENT" ? "Andel av nettverksmidlene per region (%)" : `${BASIS[basis].label.replace(" i regionen", "")} per region`}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {regions.map((r, i) => (
            <div key={r.id} className="ds-field">
              <label className="ds-label" htmlFor={`share-${r.id}`}>{r.name}</label>
              <input id={`share-${r.id}`} name={`share:${r.id}`} className="ds-input" inputMode={basis === "PERCENT" ? "decimal" : "numeric"}
                aria-describedby={`share-${r.id}-gives`} aria-invalid={weights[i].ok ? undefined : true}
                value={shares[r.id]} onChange={(e) => setShares({ ...shares, [r.id]: e.target.value })} />
              <p id={`share-${r.id}-gives`} className="text-sm">{weights[i].ok ? `Gir ${resulting(i)}` : weights[i].message}</p>
            </div>
          ))}
        </div>
        <p id="nokkel-shares" aria-live="polite" className={invalid === 0 && (basis !== "PERCENT" || sum === KEY_PERCENT_TOTAL) ? "" : "font-semibold"}>
          {basis === "PERCENT"
            ? <>Sum: {formatMillionths(sum)}{sum === KEY_PERCENT_TOTAL ? "" : " (må være 100 %)"}</>
            : <>Sum: {sum.toLocaleString("nb-NO")} {BASIS[basis].unit}</>}
          {invalid > 0 && ` – ${invalid} ${invalid === 1 ? "verdi er" : "verdier er"} ikke gyldige`}
        </p>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="nokkel-decisionRef" name="decisionRef" label="Vedtak i samarbeidsforumet" state={state} required description="Møte og saksnummer." />
        <Field id="nokkel-decidedOn" name="decidedOn" label="Vedtaksdato" type="date" state={state} required />
        <SelectField id="nokkel-fromYear" name="fromYear" label="Gjelder fra budsjettåret" state={state} remount={remount} fallback={String(defaultFromYear)}
          description="Tidligere år beholder nøkkelen de ble fordelt med." options={years.map((y) => [String(y), String(y)] as const)} />
      </div>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>Registrer ny nøkkel</button>
    </form>
  );
}
