"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormOutcome, fieldError, typed, useRemountKey } from "@/components/form-parts";
import { TableScroll } from "@/components/table-scroll";
import { applyImportAction, previewImportAction } from "@/server/structure/actions";
import type { Preview } from "@/server/structure/imports";
import { useText } from "@/i18n/client";

const MAX_MB = 10;
const SHOWN = 25;

function Rows<T>({ caption, rows, columns }: { caption: string; rows: T[]; columns: [string, (r: T) => string][] }) {
  if (rows.length === 0) return null;
  return (
    <details open={rows.length <= SHOWN}>
      <summary className="ds-link cursor-pointer">{caption} ({rows.length})</summary>
      <TableScroll label={caption} className="mt-2">
        <table className="ds-table" data-border="true" data-size="sm">
          <caption className="sr-only">{caption}</caption>
          <thead><tr>{columns.map(([h]) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>{rows.map((r, i) => <tr key={i}>{columns.map(([h, f]) => <td key={h}>{f(r)}</td>)}</tr>)}</tbody>
        </table>
      </TableScroll>
    </details>
  );
}

export function ImportForm({ countyId, countySlug, regions }: { countyId: string; countySlug: string; regions: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(previewImportAction, null);
  const [applied, apply, applying] = useActionState(applyImportAction, null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const remount = useRemountKey(state);
  const preview = state?.ok ? (state.data as Preview) : null;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (preview) heading.current?.focus();
  }, [preview]);
  const fileError = sizeError ?? fieldError(state, "file");
  const t = useText("registerImport");
  const kindergartens = preview?.kind === "NBR";
  const p = "import";
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4 max-w-xl" noValidate
        onSubmit={(e) => {
          const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
          if (file && file.size > MAX_MB * 1024 * 1024) {
            e.preventDefault();
            setSizeError(t("tooLargeClient", { size: Math.round(file.size / 1024 / 1024), max: MAX_MB }));
          } else setSizeError(null);
        }}>
        <input type="hidden" name="countyId" value={countyId} />
        {state && !state.ok && <FormOutcome state={state} prefix={p} labels={{ file: t("fieldFile"), regionId: t("fieldRegion"), kind: t("fieldKind") }} />}
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${p}-regionId`}>{t("regionLabel")}</label>
          <select key={remount} id={`${p}-regionId`} name="regionId" className="ds-input" defaultValue={preview?.regionId ?? typed(state, "regionId", regions[0]?.id)}>
            {regions.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </div>
        <fieldset className="ds-fieldset" key={`kind-${remount}`}>
          <legend className="ds-label">{t("register")}</legend>
          {[["NSR", t("nsrOption")], ["NBR", t("nbrOption")], ["ENHETSREGISTERET", t("brregOption")]].map(([value, label]) => (
            <div key={value} className="ds-field mt-1" data-position="start">
              <input className="ds-input" type="radio" id={`${p}-kind-${value}`} name="kind" value={value} defaultChecked={(preview?.kind ?? typed(state, "kind", "NSR")) === value} />
              <label className="ds-label" data-weight="regular" htmlFor={`${p}-kind-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${p}-file`}>{t("fileLabel")}</label>
          <p id={`${p}-file-desc`} className="text-sm">{t("fileHelp", { max: MAX_MB })}</p>
          <input id={`${p}-file`} name="file" type="file" accept=".json,.csv,application/json,text/csv" className="ds-input"
            aria-invalid={fileError ? true : undefined} aria-describedby={`${p}-file-desc${fileError ? ` ${p}-file-error` : ""}`} />
          {fileError && <p id={`${p}-file-error`} className="ds-validation-message" data-color="danger" role={sizeError ? "alert" : undefined}>{fileError}</p>}
        </div>
        <button type="submit" className="ds-button" data-variant="primary" aria-disabled={pending}>{pending ? t("reading") : t("previewButton")}</button>
      </form>

      {preview && (
        <section aria-labelledby="forhandsvisning" className="space-y-4">
          <h2 ref={heading} id="forhandsvisning" className="ds-heading" data-size="md" tabIndex={-1}>{t("previewHeading", { file: preview.fileName, region: preview.regionName })}</h2>
          <ul className="prose-list" aria-label={t("summary")}>
            {kindergartens
              ? <li>{t("owners", { new: String(preview.owners.new.length), changed: String(preview.owners.changed.length), unchanged: String(preview.owners.unchanged) })}</li>
              : <li>{t("schoolOwners", { new: preview.owners.new.length, changed: preview.owners.changed.length, unchanged: preview.owners.unchanged })}</li>}
            {preview.kind === "NSR" && <li>{t("schools", { new: preview.schools.new.length, changed: preview.schools.changed.length, unchanged: preview.schools.unchanged })}</li>}
            {kindergartens && <li>{t("kindergartens", { new: String(preview.schools.new.length), changed: String(preview.schools.changed.length), unchanged: String(preview.schools.unchanged) })}</li>}
            <li>{t("rejectedLine", { rejected: preview.rejected.length, skipped: preview.skipped })}</li>
          </ul>
          <Rows caption={t("newOwners")} rows={preview.owners.new} columns={[[t("colOrg"), (r) => r.orgNumber], [t("colName"), (r) => r.name]]} />
          <Rows caption={t("changedOwners")} rows={preview.owners.changed} columns={[[t("colName"), (r) => r.row.name], [t("colChange"), (r) => r.changes.join("; ")]]} />
          <Rows caption={kindergartens ? t("newKindergartens") : t("newSchools")} rows={preview.schools.new} columns={[[t("colOrg"), (r) => r.orgNumber], [t("colName"), (r) => r.name], [kindergartens ? t("owner") : t("colSchoolOwner"), (r) => r.owner.name]]} />
          <Rows caption={kindergartens ? t("changedKindergartens") : t("changedSchools")} rows={preview.schools.changed} columns={[[t("colName"), (r) => r.row.name], [t("colChange"), (r) => r.changes.join("; ")]]} />
          <Rows caption={t("rejectedRows")} rows={preview.rejected} columns={[[t("colRow"), (r) => (r.line ? String(r.line) : "–")], [t("colOrg"), (r) => r.orgNumber ?? "–"], [t("colName"), (r) => r.name ?? "–"], [t("colReason"), (r) => r.reason]]} />
          <form action={apply}>
            <input type="hidden" name="batchId" value={preview.batchId} />
            <input type="hidden" name="version" value={preview.version} />
            <input type="hidden" name="countySlug" value={countySlug} />
            <button type="submit" className="ds-button" data-variant="primary" aria-disabled={applying}>{applying ? t("importing") : t("importButton")}</button>
            <FormOutcome state={applied} prefix="importer" />
          </form>
        </section>
      )}
    </div>
  );
}
