"use client";
import { useActionState } from "react";
import { ConfirmForm, Field, FormDetails, FormOutcome, SelectField, useRemountKey } from "@/components/form-parts";
import { addKindergartenAction, addOwnerAction, addSchoolAction, moveOwnerAction, removeKindergartenAction, removeSchoolAction, updateKindergartenAction, updateRegionAction, updateSchoolAction } from "@/server/structure/actions";
import { useText } from "@/i18n/client";

type Ctx = { countySlug: string; regionSlug: string };
const Hidden = ({ ctx }: { ctx: Ctx }) => (<><input type="hidden" name="countySlug" value={ctx.countySlug} /><input type="hidden" name="regionSlug" value={ctx.regionSlug} /></>);

export function RegionEditForm({ ctx, region }: { ctx: Ctx; region: { id: string; name: string; coordinator: string; uhPartner: string } }) {
  const [state, action, pending] = useActionState(updateRegionAction, null);
  const t = useText("setupForms", "region");
  const p = "region";
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <input type="hidden" name="regionId" value={region.id} />
      <FormOutcome state={state} prefix={p} labels={{ name: t("name"), coordinator: t("coordinator"), uhPartner: t("uhPartner") }} />
      <Field id={`${p}-name`} name="name" label={t("name")} state={state} defaultValue={region.name} required maxLength={80} />
      <Field id={`${p}-coordinator`} name="coordinator" label={t("coordinator")} state={state} defaultValue={region.coordinator} required maxLength={120} />
      <Field id={`${p}-uhPartner`} name="uhPartner" label={t("uhPartner")} state={state} defaultValue={region.uhPartner} required maxLength={120} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : t("save")}</button>
    </form>
  );
}

export function AddOwnerForm({ ctx, regionId }: { ctx: Ctx; regionId: string }) {
  const [state, action, pending] = useActionState(addOwnerAction, null);
  const remount = useRemountKey(state);
  const p = "eier";
  const t = useText("setupForms", "owner");
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <input type="hidden" name="regionId" value={regionId} />
      <FormOutcome state={state} prefix={p} labels={{ name: t("name"), kind: t("kind"), orgNumber: t("orgNumber") }} />
      <Field id={`${p}-name`} name="name" label={t("name")} state={state} required maxLength={120} description={t("nameHelp")} />
      <SelectField id={`${p}-kind`} name="kind" label={t("kind")} state={state} remount={remount} fallback="KOMMUNE"
        options={(["KOMMUNE", "FYLKESKOMMUNE", "PRIVAT"] as const).map((k) => [k, t(k)] as const)} />
      <Field id={`${p}-orgNumber`} name="orgNumber" label={t("orgNumber")} state={state} inputMode="numeric" required description={t("orgHelp")} />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : t("add")}</button>
    </form>
  );
}

export function AddSchoolForm({ ctx, owners }: { ctx: Ctx; owners: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(addSchoolAction, null);
  const remount = useRemountKey(state);
  const p = "skole";
  const t = useText("setupForms", "school");
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <FormOutcome state={state} prefix={p} labels={{ ownerId: t("owner"), name: t("name"), orgNumber: t("orgNumber") }} />
      <SelectField id={`${p}-ownerId`} name="ownerId" label={t("owner")} state={state} options={owners.map((o) => [o.id, o.name] as const)} fallback={owners[0]?.id} remount={remount} />
      <Field id={`${p}-name`} name="name" label={t("schoolName")} state={state} required maxLength={120} />
      <Field id={`${p}-orgNumber`} name="orgNumber" label={t("orgOptional")} state={state} inputMode="numeric" />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : t("add")}</button>
    </form>
  );
}

type Option = { id: string; name: string };

/** Moves an owner to another region from a strategy period on (that period and the later ones). */
export function MoveOwnerForm({ ctx, owners, regions, periods }: { ctx: Ctx; owners: Option[]; regions: Option[]; periods: Option[] }) {
  const [state, action, pending] = useActionState(moveOwnerAction, null);
  const remount = useRemountKey(state);
  const p = "flytt";
  const t = useText("setupForms", "move");
  const select = (name: string, label: string, options: Option[]) => (
    <SelectField id={`${p}-${name}`} name={name} label={label} state={state} options={options.map((o) => [o.id, o.name] as const)} fallback={options[0]?.id} remount={remount} />
  );
  return (
    <form action={action} className="space-y-3 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <FormOutcome state={state} prefix={p} labels={{ schoolOwnerId: t("owner"), regionId: t("region"), periodId: t("period") }} />
      {owners.length === 0 ? <p>{t("none")}</p> : <>
      {select("schoolOwnerId", t("owner"), owners)}
      {select("regionId", t("region"), regions)}
      {select("periodId", t("period"), periods)}
      <button type="submit" className="ds-button" data-variant="secondary" aria-disabled={pending}>{t("submit")}</button>
      </>}
    </form>
  );
}

/** A kindergarten (REKOM) under one of the region's owners, typed in by hand. Its text is the "kindergartens" catalogue's. */
export function AddKindergartenForm({ ctx, owners }: { ctx: Ctx; owners: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(addKindergartenAction, null);
  const remount = useRemountKey(state);
  const t = useText("kindergartens");
  const p = "barnehage";
  const labels = { ownerId: t("owner"), name: t("name"), orgNumber: t("orgNumber"), children: t("children") };
  return (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      <Hidden ctx={ctx} />
      <FormOutcome state={state} prefix={p} labels={labels} />
      <SelectField id={`${p}-ownerId`} name="ownerId" label={labels.ownerId} state={state} options={owners.map((o) => [o.id, o.name] as const)} fallback={owners[0]?.id} remount={remount} />
      <Field id={`${p}-name`} name="name" label={labels.name} state={state} required maxLength={120} />
      <Field id={`${p}-orgNumber`} name="orgNumber" label={labels.orgNumber} state={state} inputMode="numeric" />
      <Field id={`${p}-children`} name="children" label={labels.children} state={state} inputMode="numeric" />
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : t("add")}</button>
    </form>
  );
}

type Unit = { id: string; version: number; name: string; orgNumber: string | null; count: number | null };

/**
 * Changes a school's or kindergarten's name, organisasjonsnummer and size, or removes it (refused while a network,
 * tiltak, role or development group still has it). `kind` picks the size field: pupils or children.
 */
export function EditUnitForm({ ctx, kind, unit }: { ctx: Ctx; kind: "school" | "kindergarten"; unit: Unit }) {
  const [state, action, pending] = useActionState(kind === "school" ? updateSchoolAction : updateKindergartenAction, null);
  const t = useText("unitForms");
  const p = `${kind}-${unit.id}`;
  const idField = kind === "school" ? "schoolId" : "kindergartenId";
  const countField = kind === "school" ? "pupils" : "children";
  const labels = { name: t("name"), orgNumber: t("orgNumber"), [countField]: t(countField) };
  return (
    <FormDetails states={state} className="mt-1" summaryClassName="ds-link cursor-pointer" summary={t("edit", { name: unit.name })}>
      <div className="mt-2 space-y-3 max-w-xl">
        <form action={action} className="space-y-3" noValidate>
          <Hidden ctx={ctx} />
          <input type="hidden" name={idField} value={unit.id} />
          <input type="hidden" name="version" value={unit.version} />
          <FormOutcome state={state} prefix={p} labels={labels} />
          <Field id={`${p}-name`} name="name" label={labels.name} state={state} defaultValue={unit.name} required maxLength={120} />
          <Field id={`${p}-orgNumber`} name="orgNumber" label={labels.orgNumber} state={state} defaultValue={unit.orgNumber ?? ""} inputMode="numeric" />
          <Field id={`${p}-${countField}`} name={countField} label={labels[countField]} state={state} defaultValue={unit.count === null ? "" : String(unit.count)} inputMode="numeric" />
          <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("saving") : t("save")}</button>
        </form>
        <ConfirmForm action={kind === "school" ? removeSchoolAction : removeKindergartenAction} fields={{ ...ctx, [idField]: unit.id, version: unit.version }}
          question={t("removeQuestion", { name: unit.name })} confirm={t("removeConfirm")} variant="tertiary" size="sm">
          {t("remove", { name: unit.name })}
        </ConfirmForm>
      </div>
    </FormDetails>
  );
}
