"use client";
// One button per identity provider. `prepare` runs on the server first (remember an invitation, start
// linking a login); if it refuses, its message is shown and focused, and the provider is not opened.
import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/server/action-result";

export function ProviderButtons(props: {
  providers: { id: string; name: string }[]; label: (name: string) => string; callbackUrl: string;
  prepare: () => Promise<ActionResult>; variant?: "primary" | "secondary";
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);
  const go = async (provider: string) => {
    setBusy(provider);
    setError(null);
    const prepared = await props.prepare();
    if (!prepared.ok) {
      setBusy(null);
      setError(prepared.message);
      return;
    }
    await signIn(provider, { callbackUrl: props.callbackUrl });
  };
  return (
    <div>
      {error && <div ref={alert} tabIndex={-1} className="ds-alert mb-3" data-color="danger" role="alert">{error}</div>}
      <ul className="flex flex-wrap gap-3">
        {props.providers.map((p) => (
          <li key={p.id}>
            <button type="button" className="ds-button" data-variant={props.variant ?? "primary"} aria-busy={busy === p.id} disabled={busy !== null} onClick={() => void go(p.id)}>
              {props.label(p.name)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
