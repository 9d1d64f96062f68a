"use client";
// One tiltak: what it is, who is responsible, which satsingsområder, network or schools it serves, the years it
// runs and its budget per year. The server decides (src/domain/plan.ts); after a refusal everything typed stays.
import { useActionState } from "react";
import { Field, FormOutcome, SelectField, fieldError, typed, useRemountKey, type FormState } from "@/components/form-parts";
import { TableScroll } from "@/components/table-scroll";
import { saveMeasureAction } from "@/server/plans/actions";
import { useText } from "@/i18n/client";

export type MeasureOptions = {
  networks: { id: string; name: string }[];
  owners: { id: string; name: string; schools: { id: string; name: string }[] }[];
  priorityAreas: { id: string; title: string; own: boolean; replaced: boolean }[];
  years: number[];
  regionUhPartner: string;
};

export type MeasureValues = {
  id: string; number: number; title: string; responsible: string | null; uhPartner: string | null; startYear: number | null; endYear: number | null;
  networkId: string | null; schoolIds: string[]; priorityAreaIds: string[];
  budgets: { year: number; network: string; uh: string; coFinancing: string }[];
};

function Checks({ legend, name, prefix, state, items, chosen }: {
  legend: string; name: string; prefix: string; state: FormState; items: { id: string; label: string }[]; chosen: string[];
}) {
  const error = fieldError(state, name);
  const picked = new Set(typed(state, name, chosen.join(","))?.split(",").filter(Boolean));
  return (
    <fieldset id={`${prefix}-${name}`} tabIndex={-1} className="ds-fieldset" aria-describedby={error ? `${prefix}-${name}-error` : undefined}>
      <legend className="ds-label">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {items.map((i) => (
          <div key={i.id} className="ds-field flex items-center gap-2">
            <input id={`${prefix}-${name}-${i.id}`} type="checkbox" className="ds-input" name={name} value={i.id} defaultChecked={picked.has(i.id)} />
            <label htmlFor={`${prefix}-${name}-${i.id}`}>{i.label}</label>
          </div>
        ))}
      </div>
      {error && <p id={`${prefix}-${name}-error`} className="ds-validation-message" data-color="danger">{error}</p>}
    </fieldset>
  );
}

function BudgetTable({ prefix, state, years, budgets }: { prefix: string; state: FormState; years: number[]; budgets: MeasureValues["budgets"] }) {
  const t = useText("planForm");
  const cell = (kind: "net" | "uh" | "egen", year: number, label: string, value: string) => {
    const name = `${kind}_${year}`;
    const error = fieldError(state, name);
    return (
      <td className="align-top">
        <label className="sr-only" htmlFor={`${prefix}-${name}`}>{`${label} ${year}`}</label>
        <input id={`${prefix}-${name}`} name={name} className="ds-input w-36 text-right" inputMode="decimal" defaultValue={typed(state, name, value)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${prefix}-${name}-error` : undefined} />
        {error && <p id={`${prefix}-${name}-error`} className="ds-validation-message max-w-xs" data-color="danger">{error}</p>}
      </td>
    );
  };
  return (
    <table className="ds-table" data-size="sm">
      <caption className="text-left font-semibold">{t("budgetCaption")}</caption>
      <thead><tr><th scope="col">{t("year")}</th><th scope="col">{t("network")}</th><th scope="col">{t("uh")}</th><th scope="col">{t("coFinancing")}</th></tr></thead>
      <tbody>
        {years.map((y) => {
          const b = budgets.find((x) => x.year === y);
          return (
            <tr key={y}>
              <th scope="row">{y}</th>
              {cell("net", y, t("network"), b?.network ?? "")}
              {cell("uh", y, t("uh"), b?.uh ?? "")}
              {cell("egen", y, t("coFinancing"), b?.coFinancing ?? "")}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function MeasureForm({ goalId, planVersion, options, measure }: { goalId: string; planVersion: number; options: MeasureOptions; measure?: MeasureValues }) {
  const t = useText("planForm");
  const [state, action, pending] = useActionState(saveMeasureAction, null);
  const remount = useRemountKey(state);
  const prefix = measure ? `m-${measure.id}` : `m-new-${goalId}`;
  const years = options.years.map((y) => [String(y), String(y)] as const);
  const labels = { title: t("title"), priorityAreaIds: t("priorityAreas"), networkId: t("target"), endYear: t("endYear"), ...Object.fromEntries(options.years.flatMap((y) => [[`net_${y}`, `${t("network")} ${y}`], [`uh_${y}`, `${t("uh")} ${y}`], [`egen_${y}`, `${t("coFinancing")} ${y}`]])) };
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="planVersion" value={planVersion} />
      {measure && <input type="hidden" name="measureId" value={measure.id} />}
      <FormOutcome state={state} prefix={prefix} labels={labels} />
      <Field id={`${prefix}-title`} name="title" label={t("title")} state={state} defaultValue={measure?.title ?? ""} required maxLength={300} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}-responsible`} name="responsible" label={t("responsible")} state={state} defaultValue={measure?.responsible ?? ""} maxLength={200} />
        <Field id={`${prefix}-uhPartner`} name="uhPartner" label={t("uhPartner")} state={state} defaultValue={measure?.uhPartner ?? options.regionUhPartner} maxLength={200} />
        <SelectField id={`${prefix}-startYear`} name="startYear" label={t("startYear")} state={state} remount={remount} options={years} fallback={String(measure?.startYear ?? options.years[0])} />
        <SelectField id={`${prefix}-endYear`} name="endYear" label={t("endYear")} state={state} remount={remount} options={years} fallback={String(measure?.endYear ?? options.years.at(-1))} />
      </div>
      <div key={`a${remount}`}>
        <Checks legend={t("priorityAreas")} name="priorityAreaIds" prefix={prefix} state={state} chosen={measure?.priorityAreaIds ?? []}
          items={options.priorityAreas.map((a) => ({ id: a.id, label: a.replaced ? `${a.title} ${t("replacedArea")}` : a.own ? `${a.title} ${t("regionArea")}` : a.title }))} />
      </div>
      <SelectField id={`${prefix}-networkId`} name="networkId" label={t("network_")} description={t("targetHelp")} state={state} remount={remount}
        options={[["", t("noNetwork")], ...options.networks.map((n) => [n.id, n.name] as const)]} fallback={measure?.networkId ?? ""} />
      <details className="space-y-2" open={!!measure?.schoolIds.length}>
        <summary className="ds-link cursor-pointer">{t("showSchools")}</summary>
        <div key={`s${remount}`}>
          <Checks legend={t("schools")} name="schoolIds" prefix={prefix} state={state} chosen={measure?.schoolIds ?? []}
            items={options.owners.flatMap((o) => o.schools.map((s) => ({ id: s.id, label: `${s.name} (${o.name})` })))} />
        </div>
      </details>
      <TableScroll label={t("budgetCaption")}>
        <BudgetTable prefix={prefix} state={state} years={options.years} budgets={measure?.budgets ?? []} />
      </TableScroll>
      <p className="text-sm">{t("budgetHelp")}</p>
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{pending ? t("saving") : measure ? t("saveMeasure") : t("addMeasure")}</button>
    </form>
  );
}
