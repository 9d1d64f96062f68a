"use client";
import { useActionState, useEffect, useRef } from "react";
import { useText } from "@/i18n/client";
import { ActionStatus, ConfirmSubmit, Field } from "@/components/form-parts";
import type { ActionResult } from "@/server/action-result";

type Attachment = { id: string; filename: string; size: number };

type Action = (prev: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

/**
 * Attached documents with download links, an upload form and remove buttons. Used for evaluation reports
 * and for cases; `hidden` carries the form fields that name what the files belong to.
 */
export function Attachments(props: {
  id: string; title: string; hidden: Record<string, string | number>; downloadBase: string;
  attachments: Attachment[]; editable: boolean; upload: Action; remove?: Action;
  /** The heading's level where it sits under a lower heading (a case's h3 on a meeting page). */
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = (`h${props.headingLevel ?? 2}`) as "h2" | "h3" | "h4";
  const t = useText("attachments");
  const kb = (n: number) => t("size", { kb: Math.max(1, Math.round(n / 1024)) });
  const [state, upload, uploading] = useActionState(props.upload, null);
  const [removeState, remove, removing] = useActionState(props.remove ?? props.upload, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => { if (state?.ok) form.current?.reset(); }, [state]);
  return (
    <section aria-labelledby={`${props.id}-tittel`} className="space-y-2">
      <Heading id={`${props.id}-tittel`} className="ds-heading" data-size="sm">{props.title}</Heading>
      {props.attachments.length === 0 ? <p className="ds-paragraph">{t("none")}</p> : (
        <ul className="space-y-1">
          {props.attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3">
              <a className="ds-link" href={`${props.downloadBase}/${a.id}`}>{a.filename}</a> <span className="text-sm">({kb(a.size)})</span>
              {props.editable && props.remove && (
                <form action={remove}>
                  <input type="hidden" name="attachmentId" value={a.id} />
                  {Object.entries(props.hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
                  <ConfirmSubmit size="sm" variant="tertiary" disabled={removing} question={t("removeQuestion", { filename: a.filename })} confirm={t("removeConfirm")}>{t("remove")} <span className="sr-only">{a.filename}</span></ConfirmSubmit>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionStatus state={removeState} />
      {props.editable && (
        <form ref={form} action={upload} className="space-y-2 max-w-md" noValidate>
          {Object.entries(props.hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
          <Field id={`${props.id}-fil`} name="file" label={t("fileLabel")} type="file" state={state}
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt" description={t("fileHelp")} />
          <button type="submit" className="ds-button" data-variant="secondary" disabled={uploading}>{uploading ? t("uploading") : t("upload")}</button>
          <ActionStatus state={state} />
        </form>
      )}
    </section>
  );
}
