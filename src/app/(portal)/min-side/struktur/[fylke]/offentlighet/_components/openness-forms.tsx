"use client";
import { useActionState } from "react";
import { ActionStatus, Field, FormOutcome } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { releaseDocumentAction, withholdDocumentAction } from "@/server/openness/actions";

type Doc = { kind: "EVALUATION" | "PLAN" | "RECOMMENDATION"; id: string; title: string };

export function WithholdForm({ doc }: { doc: Doc }) {
  const t = useText("opennessForms");
  const [state, action, pending] = useActionState(withholdDocumentAction, null);
  const p = `w-${doc.id}`;
  return (
    <form action={action} className="space-y-2 max-w-md" noValidate>
      <input type="hidden" name="kind" value={doc.kind} />
      <input type="hidden" name="documentId" value={doc.id} />
      <FormOutcome state={state} prefix={p} labels={{ reason: t("reason") }} />
      <Field id={`${p}-reason`} name="reason" label={`${t("reason")} (${doc.title})`} state={state} maxLength={500} />
      <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" disabled={pending}>{t("withhold")}<span className="sr-only"> {doc.title}</span></button>
    </form>
  );
}

export function ReleaseForm({ doc }: { doc: Doc }) {
  const t = useText("opennessForms");
  const [state, action, pending] = useActionState(releaseDocumentAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="kind" value={doc.kind} />
      <input type="hidden" name="documentId" value={doc.id} />
      <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" disabled={pending}>{t("release")}<span className="sr-only"> {doc.title}</span></button>
      <ActionStatus state={state} />
    </form>
  );
}
