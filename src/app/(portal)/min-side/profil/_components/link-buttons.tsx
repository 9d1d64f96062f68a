"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { startLinkingAction } from "@/server/access/actions";

/** Adds one more login to the signed-in user: the next sign-in at the chosen provider is linked to her. */
export function LinkButtons({ providers }: { providers: { id: string; name: string }[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const go = async (id: string) => {
    setBusy(id);
    const started = await startLinkingAction();
    if (!started.ok) {
      setBusy(null);
      setError(started.message);
      return;
    }
    await signIn(id, { callbackUrl: "/min-side/profil" });
  };
  return (
    <div>
      {error && <div className="ds-alert" data-color="danger" role="alert">{error}</div>}
      <ul className="flex flex-wrap gap-3">
        {providers.map((p) => (
          <li key={p.id}>
            <button type="button" className="ds-button" data-variant="secondary" disabled={busy !== null} aria-busy={busy === p.id} onClick={() => void go(p.id)}>
              Koble til {p.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
