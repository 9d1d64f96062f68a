/** One answer of a report: its label, its text and the group (the region, or a tiltak) it belongs to. */
export type ReportField = { name: string; label: string; value: string; group?: string };

/** The report as read-only text, grouped as in the form. */
export function ReportBody({ fields }: { fields: ReportField[] }) {
  const groups = [...new Set(fields.map((f) => f.group ?? ""))];
  return (
    <div className="space-y-6">
      {groups.map((g) => (
        <section key={g} aria-label={g} className="space-y-2 break-inside-avoid">
          <h2 className="ds-heading" data-size="xs">{g}</h2>
          <dl className="space-y-2">
            {fields.filter((f) => (f.group ?? "") === g).map((f) => (
              <div key={f.name}>
                <dt className="font-semibold">{f.label}</dt>
                <dd className="whitespace-pre-wrap">{f.value.trim() || "–"}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
