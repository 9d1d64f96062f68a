"use client";
import { useActionState } from "react";
import { Field, FormOutcome, fieldError, typed, useRemountKey } from "@/components/form-parts";
import { addOwnerAction, addSchoolAction, moveOwnerAction, updateRegionAction } from "@/server/structure/actions";

type Ctx = { countySlug: string; regionSlug: string };
const Hidden = ({ ctx }: { ctx: Ctx }) => (<><input type="hidden" name="countySlug" value={ctx.countySlug} /><input type="hidden" name="regionSlug" value={ctx.regionSlug} /></>);

export function RegionEditForm({ ctx, region }: { ctx: Ctx; region: { id: string; name: string; coordinator: string; uhPartner: string } }) {
  const [state, action, pending] = useActionState(updateRegionAction, null);
  const p = "region";
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <input type="hidden" name="regionId" value={region.id} />
      <FormOutcome state={state} prefix={p} labels={{ name: "Navn", coordinator: "Koordinert av", uhPartner: "UH-partner" }} />
      <Field id={`${p}-name`} name="name" label="Navn" state={state} defaultValue={region.name} required maxLength={80} />
      <Field id={`${p}-coordinator`} name="coordinator" label="Koordinert av" state={state} defaultValue={region.coordinator} required maxLength={120} />
      <Field id={`${p}-uhPartner`} name="uhPartner" label="UH-partner" state={state} defaultValue={region.uhPartner} required maxLength={120} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Lagrer …" : "Lagre regionen"}</button>
    </form>
  );
}

export function AddOwnerForm({ ctx, regionId }: { ctx: Ctx; regionId: string }) {
  const [state, action, pending] = useActionState(addOwnerAction, null);
  const remount = useRemountKey(state);
  const p = "eier";
  const kindError = fieldError(state, "kind");
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <input type="hidden" name="regionId" value={regionId} />
      <FormOutcome state={state} prefix={p} labels={{ name: "Navn", kind: "Type", orgNumber: "Organisasjonsnummer" }} />
      <Field id={`${p}-name`} name="name" label="Navn" state={state} required maxLength={120} description="For eksempel «Bardu kommune»." />
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${p}-kind`}>Type</label>
        <select key={remount} id={`${p}-kind`} name="kind" className="ds-input" defaultValue={typed(state, "kind", "KOMMUNE")} aria-invalid={kindError ? true : undefined}>
          <option value="KOMMUNE">Kommune</option>
          <option value="FYLKESKOMMUNE">Fylkeskommune</option>
          <option value="PRIVAT">Privat skoleeier</option>
        </select>
      </div>
      <Field id={`${p}-orgNumber`} name="orgNumber" label="Organisasjonsnummer" state={state} inputMode="numeric" required description="9 sifre, fra Enhetsregisteret." />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Lagrer …" : "Legg til skoleeier"}</button>
    </form>
  );
}

export function AddSchoolForm({ ctx, owners }: { ctx: Ctx; owners: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(addSchoolAction, null);
  const remount = useRemountKey(state);
  const p = "skole";
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <FormOutcome state={state} prefix={p} labels={{ ownerId: "Skoleeier", name: "Navn", orgNumber: "Organisasjonsnummer" }} />
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${p}-ownerId`}>Skoleeier</label>
        <select key={remount} id={`${p}-ownerId`} name="ownerId" className="ds-input" defaultValue={typed(state, "ownerId", owners[0]?.id)}>
          {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>
      <Field id={`${p}-name`} name="name" label="Skolens navn" state={state} required maxLength={120} />
      <Field id={`${p}-orgNumber`} name="orgNumber" label="Organisasjonsnummer (valgfritt)" state={state} inputMode="numeric" />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? "Lagrer …" : "Legg til skole"}</button>
    </form>
  );
}

type Option = { id: string; name: string };

/** Moves an owner to another region from a strategy period on (that period and the later ones). */
export function MoveOwnerForm({ ctx, owners, regions, periods }: { ctx: Ctx; owners: Option[]; regions: Option[]; periods: Option[] }) {
  const [state, action, pending] = useActionState(moveOwnerAction, null);
  const remount = useRemountKey(state);
  const p = "flytt";
  const select = (name: string, label: string, options: Option[]) => {
    const error = fieldError(state, name);
    return (
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${p}-${name}`}>{label}</label>
        <select key={remount} id={`${p}-${name}`} name={name} className="ds-input" defaultValue={typed(state, name, options[0]?.id)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${p}-${name}-error` : undefined}>
          {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
        {error && <p id={`${p}-${name}-error`} className="ds-validation-message" data-color="danger">{error}</p>}
      </div>
    );
  };
  return (
    <form action={action} className="space-y-3 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <FormOutcome state={state} prefix={p} labels={{ schoolOwnerId: "Skoleeier", regionId: "Til region", periodId: "Fra og med perioden" }} />
      {owners.length === 0 ? <p>Regionen har ingen skoleeiere å flytte nå.</p> : <>
      {select("schoolOwnerId", "Skoleeier", owners)}
      {select("regionId", "Til region", regions)}
      {select("periodId", "Fra og med perioden", periods)}
      <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={pending}>Flytt skoleeieren</button>
      </>}
    </form>
  );
}
