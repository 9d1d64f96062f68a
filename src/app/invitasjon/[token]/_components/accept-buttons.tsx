"use client";
import { ProviderButtons } from "@/components/provider-buttons";
import { useText } from "@/i18n/client";
import { startAcceptingAction } from "@/server/access/actions";

export function AcceptButtons(props: { token: string; providers: { id: string; name: string }[] }) {
  const t = useText("invitation");
  const signIn = useText("signIn");
  return (
    <section aria-labelledby="godta">
      <h2 id="godta" className="ds-heading mb-3" data-size="sm">{t("accept")}</h2>
      <ProviderButtons providers={props.providers} label={(name) => signIn("withProvider", { provider: name })} callbackUrl="/min-side" prepare={() => startAcceptingAction(props.token)} />
    </section>
  );
}
