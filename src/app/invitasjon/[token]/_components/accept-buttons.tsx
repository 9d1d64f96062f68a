"use client";
import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import { startAcceptingAction } from "@/server/access/actions";

export function AcceptButtons(props: { token: string; providers: { id: string; name: string }[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) alert.current?.focus();
  }, [error]);
  const go = async (provider: string) => {
    setBusy(provider);
    setError(null);
    const check = await startAcceptingAction(props.token);
    if (!check.ok) {
      setBusy(null);
      setError(check.message);
      return;
    }
    await signIn(provider, { callbackUrl: "/min-side" });
  };
  return (
    <section aria-labelledby="godta">
      <h2 id="godta" className="ds-heading" data-size="sm">Godta invitasjonen</h2>
      {error && <div ref={alert} tabIndex={-1} className="ds-alert mt-2" data-color="danger" role="alert">{error}</div>}
      <ul className="mt-3 flex flex-wrap gap-3">
        {props.providers.map((p) => (
          <li key={p.id}>
            <button type="button" className="ds-button" data-variant="primary" aria-busy={busy === p.id} disabled={busy !== null} onClick={() => void go(p.id)}>
              Logg inn med {p.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
