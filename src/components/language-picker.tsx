"use client";
// Bokmål or nynorsk, for the whole portal (remembered in a cookie by the server action). Two buttons in one
// form, so it works without JavaScript too; each names its language in that language (lang attribute).
import { useActionState } from "react";
import { useText, useTextLocale } from "@/i18n/client";
import { chooseLanguageAction } from "@/server/language/actions";
import { LOCALES } from "@/i18n/config";
import { ActionStatus } from "./form-parts";

export function LanguagePicker() {
  const t = useText("language");
  const locale = useTextLocale();
  const [state, action, pending] = useActionState(chooseLanguageAction, null);
  return (
    <form action={action} aria-label={t("label")} className="flex flex-wrap items-center gap-2 text-sm">
      <span aria-hidden="true">{t("label")}:</span>
      {LOCALES.map((l) => (
        <button key={l} type="submit" name="sprak" value={l} lang={l} disabled={pending}
          className="ds-button" data-size="sm" data-variant={l === locale ? "primary" : "tertiary"}
          aria-pressed={l === locale}>
          {t(l)}
        </button>
      ))}
      {state && !state.ok && <ActionStatus state={state} />}
    </form>
  );
}
