"use client";
import { useActionState, useEffect, useRef } from "react";
import { ActionStatus, Field } from "@/components/form-parts";
import { removeAttachmentAction, uploadAttachmentAction } from "@/server/evaluations/actions";

type Attachment = { id: string; filename: string; size: number };
const kb = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString("nb-NO")} kB`;

export function Attachments(props: { evaluationId: string; regionSlug: string; year: number; attachments: Attachment[]; editable: boolean }) {
  const [state, upload, uploading] = useActionState(uploadAttachmentAction, null);
  const [removeState, remove, removing] = useActionState(removeAttachmentAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => { if (state?.ok) form.current?.reset(); }, [state]);
  return (
    <section aria-labelledby="vedlegg" className="space-y-2">
      <h2 id="vedlegg" className="ds-heading" data-size="sm">Vedlegg</h2>
      {props.attachments.length === 0 ? <p className="ds-paragraph">Ingen vedlegg.</p> : (
        <ul className="space-y-1">
          {props.attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3">
              <a className="ds-link" href={`/min-side/evalueringer/vedlegg/${a.id}`}>{a.filename}</a> <span className="text-sm">({kb(a.size)})</span>
              {props.editable && (
                <form action={remove}>
                  <input type="hidden" name="attachmentId" value={a.id} />
                  <input type="hidden" name="regionSlug" value={props.regionSlug} />
                  <input type="hidden" name="year" value={props.year} />
                  <button type="submit" className="ds-button" data-size="sm" data-variant="tertiary" disabled={removing}>Fjern <span className="sr-only">{a.filename}</span></button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionStatus state={removeState} />
      {props.editable && (
        <form ref={form} action={upload} className="space-y-2 max-w-md" noValidate>
          <input type="hidden" name="evaluationId" value={props.evaluationId} />
          <input type="hidden" name="regionSlug" value={props.regionSlug} />
          <input type="hidden" name="year" value={props.year} />
          <Field id="vedlegg-fil" name="file" label="Legg ved en fil" type="file" state={state}
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt" description="PDF eller kontordokument, høyst 10 MB." />
          <button type="submit" className="ds-button" data-variant="secondary" disabled={uploading}>{uploading ? "Laster opp …" : "Last opp"}</button>
          <ActionStatus state={state} />
        </form>
      )}
    </section>
  );
}
