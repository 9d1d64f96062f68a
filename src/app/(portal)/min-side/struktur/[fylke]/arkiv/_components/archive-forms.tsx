"use client";
import { useActionState } from "react";
import { ActionStatus, Field, FormOutcome } from "@/components/form-parts";
import { useText } from "@/i18n/client";
import { configureArchiveAction, markPackageArchivedAction, retryArchiveCopyAction } from "@/server/archive/actions";

export function ArchiveSettingsForm({ county }: { county: { id: string; version: number; archiveUrl: string | null; tokenSet: boolean } }) {
  const t = useText("archiveForms");
  const [state, action, pending] = useActionState(configureArchiveAction, null);
  return (
    <form action={action} className="space-y-4 max-w-2xl" noValidate>
      <input type="hidden" name="countyId" value={county.id} />
      <input type="hidden" name="version" value={county.version} />
      <FormOutcome state={state} prefix="arkiv" labels={{ url: t("url"), token: t("token") }} />
      <Field id="arkiv-url" name="url" label={t("url")} description={t("urlHelp")} state={state} defaultValue={county.archiveUrl ?? ""} inputMode="url" autoComplete="url" maxLength={500} />
      <Field id="arkiv-token" name="token" type="password" label={t("token")} description={county.tokenSet ? t("tokenHelpSet") : t("tokenHelpNew")} state={state} autoComplete="off" maxLength={4000} />
      <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>{t("save")}</button>
    </form>
  );
}

export function RetryForm({ copyId, title }: { copyId: string; title: string }) {
  const t = useText("archiveForms");
  const [state, action, pending] = useActionState(retryArchiveCopyAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="copyId" value={copyId} />
      <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" disabled={pending}>{t("retry")}<span className="sr-only"> {title}</span></button>
      <ActionStatus state={state} />
    </form>
  );
}

/** The package's link and the button that marks it archived; it stays mounted when nothing waits any more, so the confirmation stays in view. */
export function PackageForm({ countyId, upTo, waiting, href }: { countyId: string; upTo: string; waiting: number; href: string }) {
  const t = useText("archiveForms");
  const [state, action, pending] = useActionState(markPackageArchivedAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="upTo" value={upTo} />
      {waiting > 0 && (
        <>
          <p><a className="ds-link" href={href} download>{t("packageLink")}</a></p>
          <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>{t("markArchived")}</button>
        </>
      )}
      <ActionStatus state={state} />
    </form>
  );
}
