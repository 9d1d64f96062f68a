"use client";
import { useEffect, useRef } from "react";
import { useText } from "@/i18n/client";

/**
 * What a user sees when a page cannot be made: the service is temporarily unavailable, nothing saved is lost,
 * and a retry that loads the page again from the server (a database that has come back is then used). In the
 * reader's language inside the root layout; `text` where there is no layout (global-error.tsx), with `also` the same
 * in the other written standard (its `lang` marked).
 */
type Also = { lang: string; title: string; body: string };
export function Unavailable({ text, also }: { text?: { title: string; body: string; retry: string }; also?: Also }) {
  return text ? <UnavailableText text={text} also={also} /> : <UnavailableInLocale />;
}

function UnavailableInLocale() {
  const t = useText("unavailable");
  return <UnavailableText text={{ title: t("title"), body: t("body"), retry: t("retry") }} />;
}

function UnavailableText({ text: unavailable, also }: { text: { title: string; body: string; retry: string }; also?: Also }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="space-y-3" role="alert">
      <h1 ref={heading} tabIndex={-1} className="ds-heading" data-size="lg">{unavailable.title}</h1>
      <p className="ds-paragraph">{unavailable.body}</p>
      {also && (
        <div lang={also.lang} className="space-y-3">
          <h2 className="ds-heading" data-size="md">{also.title}</h2>
          <p className="ds-paragraph">{also.body}</p>
        </div>
      )}
      <button type="button" className="ds-button" data-variant="primary" onClick={() => window.location.reload()}>
        {unavailable.retry}
      </button>
    </div>
  );
}
