"use client";
// A new development group (SUT, SKUT or a kindergarten group): on the region's setup page (Statsforvalteren, every
// owner of the region), and on Min side for the skoleutvikler (the region's owners), the skoleeier (its own) and a
// skoleleder (a SKUT for the school). The server decides who may (group.edit in the owner's scope) and what is valid.
import { useActionState } from "react";
import { Field, FormDetails, FormOutcome, SelectField, fieldError, typed, useRemountKey } from "@/components/form-parts";
import { createGroupAction } from "@/server/structure/actions";
import { useText } from "@/i18n/client";

type Ctx = { countySlug: string; regionSlug: string };
type GroupKind = "SUT" | "SKUT" | "BARNEHAGE";
export type GroupOwner = { id: string; name: string; schools: { id: string; name: string }[]; kindergartens: { id: string; name: string }[] };

/**
 * A new development group (SUT, SKUT or a kindergarten group) of one of the region's owners, with the schools or
 * kindergartens it serves; the server checks they are the owner's. Its text is the "groupsNew" catalogue's.
 */
export function CreateGroupForm({ ctx, owners, kinds = ["SUT", "SKUT", "BARNEHAGE"], id = "gruppe", summary }: {
  ctx?: Ctx; owners: GroupOwner[]; kinds?: readonly GroupKind[]; id?: string;
  /** Folds the form away under this summary (opened when the form has an outcome). */
  summary?: string;
}) {
  const [state, action, pending] = useActionState(createGroupAction, null);
  const remount = useRemountKey(state);
  const t = useText("groupsNew");
  const p = id;
  const labels = { ownerId: t("owner"), kind: t("kind"), name: t("name"), units: t("units") };
  // Before anything is sent, a form for one school (a skoleleder's) has that school ticked.
  const only = owners.length === 1 && owners[0]!.schools.length === 1 && owners[0]!.kindergartens.length === 0 ? owners[0]!.schools[0]!.id : "";
  const chosen = (name: string) => new Set((typed(state, name) ?? (name === "schoolIds" ? only : "")).split("\n"));
  const unitsError = fieldError(state, "units");
  const box = (name: "schoolIds" | "kindergartenIds", id: string, label: string) => (
    <div key={id} className="ds-field" data-position="start">
      <input className="ds-input" type="checkbox" id={`${p}-${id}`} name={name} value={id} defaultChecked={chosen(name).has(id)} />
      <label className="ds-label" data-weight="regular" htmlFor={`${p}-${id}`}>{label}</label>
    </div>
  );
  const form = (
    <form action={action} className="space-y-4 max-w-xl" noValidate>
      {ctx && <><input type="hidden" name="countySlug" value={ctx.countySlug} /><input type="hidden" name="regionSlug" value={ctx.regionSlug} /></>}
      <FormOutcome state={state} prefix={p} labels={labels} />
      {owners.length === 1
        ? <input type="hidden" name="ownerId" value={owners[0]!.id} />
        : <SelectField id={`${p}-ownerId`} name="ownerId" label={labels.ownerId} state={state} options={owners.map((o) => [o.id, o.name] as const)} fallback={owners[0]?.id} remount={remount} />}
      <SelectField id={`${p}-kind`} name="kind" label={labels.kind} state={state} remount={remount} fallback={kinds.includes("SKUT") ? "SKUT" : kinds[0]}
        options={kinds.map((k) => [k, t(k)] as const)} />
      <Field id={`${p}-name`} name="name" label={labels.name} description={t("nameHelp")} state={state} required maxLength={120} />
      <fieldset key={remount} id={`${p}-units`} tabIndex={-1} className="ds-fieldset" aria-invalid={unitsError ? true : undefined} aria-describedby={`${p}-units-help${unitsError ? ` ${p}-units-error` : ""}`}>
        <legend className="ds-label">{labels.units}</legend>
        <p id={`${p}-units-help`} className="text-sm">{t("unitsHelp")}</p>
        {unitsError && <p id={`${p}-units-error`} className="ds-validation-message" data-color="danger">{unitsError}</p>}
        {owners.filter((o) => o.schools.length + o.kindergartens.length > 0).map((o) => (
          <details key={o.id} className="mt-2" open={owners.length === 1 || undefined}>
            <summary className="cursor-pointer">{o.name}</summary>
            <div className="mt-1 space-y-1">
              {o.schools.map((s) => box("schoolIds", s.id, t("school", { name: s.name })))}
              {o.kindergartens.map((k) => box("kindergartenIds", k.id, t("kindergarten", { name: k.name })))}
            </div>
          </details>
        ))}
      </fieldset>
      <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{t("create")}</button>
    </form>
  );
  return summary ? <FormDetails states={state} className="" summaryClassName="ds-link cursor-pointer" summary={summary}><div className="mt-2">{form}</div></FormDetails> : form;
}

