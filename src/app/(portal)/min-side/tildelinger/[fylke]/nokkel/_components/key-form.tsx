"use client";
import { useActionState, useState } from "react";
import { Field, FormOutcome, fieldError, typed, useRemountKey } from "@/components/form-parts";
import { parsePercent, formatBasisPoints } from "@/domain/money";
import { setKeyAction } from "@/server/allocations/actions";

type Region = { id: string; name: string; share: string };

export function KeyForm({ periodId, regions, basedOnKeyId, years, defaultFromYear }: { periodId: string; regions: Region[]; basedOnKeyId: string | null; years: number[]; defaultFromYear: number }) {
  const [state, action, pending] = useActionState(setKeyAction, null);
  const remount = useRemountKey(state);
  const yearError = fieldError(state, "fromYear");
  const [shares, setShares] = useState(Object.fromEntries(regions.map((r) => [r.id, r.share])));
  // A help for the user only: the server checks the sum again.
  const sum = Object.values(shares).reduce((a, v) => { const p = parsePercent(v); return p.ok ? a + p.value : a; }, 0);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="basedOnKeyId" value={basedOnKeyId ?? ""} />
      <FormOutcome state={state} prefix="nokkel" labels={{ shares: "Andelene", fromYear: "Gjelder fra budsjettåret", decisionRef: "Vedtak i samarbeidsforumet", decidedOn: "Vedtaksdato" }} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">Andel av nettverksmidlene per region (%)</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {regions.map((r) => (
            <div key={r.id} className="ds-field">
              <label className="ds-label" htmlFor={`share-${r.id}`}>{r.name}</label>
              <input id={`share-${r.id}`} name={`share:${r.id}`} className="ds-input" inputMode="decimal"
                value={shares[r.id]} onChange={(e) => setShares({ ...shares, [r.id]: e.target.value })} />
            </div>
          ))}
        </div>
        <p id="nokkel-shares" aria-live="polite" className={sum === 10_000 ? "" : "font-semibold"}>Sum: {formatBasisPoints(sum)}{sum === 10_000 ? "" : " (må være 100 %)"}</p>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="nokkel-decisionRef" name="decisionRef" label="Vedtak i samarbeidsforumet" state={state} required description="Møte og saksnummer." />
        <Field id="nokkel-decidedOn" name="decidedOn" label="Vedtaksdato" type="date" state={state} required />
        <div className="ds-field">
          <label className="ds-label" htmlFor="nokkel-fromYear">Gjelder fra budsjettåret</label>
          <p id="nokkel-fromYear-desc" className="text-sm">Tidligere år beholder nøkkelen de ble fordelt med.</p>
          <select key={remount} id="nokkel-fromYear" name="fromYear" className="ds-input" defaultValue={typed(state, "fromYear", String(defaultFromYear))}
            aria-invalid={yearError ? true : undefined} aria-describedby={yearError ? "nokkel-fromYear-desc nokkel-fromYear-error" : "nokkel-fromYear-desc"}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
          {yearError && <p id="nokkel-fromYear-error" className="ds-validation-message" data-color="danger">{yearError}</p>}
        </div>
      </div>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>Registrer ny nøkkel</button>
    </form>
  );
}
