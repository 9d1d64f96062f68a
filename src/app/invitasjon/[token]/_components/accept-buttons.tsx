"use client";
import { ProviderButtons } from "@/components/provider-buttons";
import { startAcceptingAction } from "@/server/access/actions";

export function AcceptButtons(props: { token: string; providers: { id: string; name: string }[] }) {
  return (
    <section aria-labelledby="godta">
      <h2 id="godta" className="ds-heading mb-3" data-size="sm">Godta invitasjonen</h2>
      <ProviderButtons providers={props.providers} label={(name) => `Logg inn med ${name}`} callbackUrl="/min-side" prepare={() => startAcceptingAction(props.token)} />
    </section>
  );
}
