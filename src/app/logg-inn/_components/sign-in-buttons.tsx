"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useText } from "@/i18n/client";

type DemoUser = { email: string; name: string; roles: string };

export function SignInButtons(props: { callbackUrl: string; providers: { id: string; name: string }[]; demoUsers: DemoUser[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const t = useText("signIn");
  const go = (provider: string, options: Record<string, string> = {}) => {
    setBusy(options.email ?? provider);
    void signIn(provider, { callbackUrl: props.callbackUrl, ...options });
  };
  return (
    <div className="space-y-6">
      {props.providers.length > 0 && (
        <section aria-labelledby="oidc">
          <h2 id="oidc" className="ds-heading" data-size="sm">{t("withId")}</h2>
          <ul className="mt-2 flex flex-wrap gap-3">
            {props.providers.map((p) => (
              <li key={p.id}>
                <button type="button" className="ds-button" data-variant="primary" aria-busy={busy === p.id} onClick={() => go(p.id)}>
                  {t("withProvider", { provider: p.name })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.demoUsers.length > 0 && (
        <section aria-labelledby="demo">
          <h2 id="demo" className="ds-heading" data-size="sm">{t("demoUsers")}</h2>
          <p className="ds-paragraph mt-1" data-size="sm">
            {t("demoHelp")}
          </p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {props.demoUsers.map((u) => (
              <li key={u.email}>
                <button
                  type="button"
                  className="ds-button w-full justify-start text-left"
                  data-variant="secondary"
                  aria-busy={busy === u.email}
                  disabled={busy !== null}
                  onClick={() => go("demo", { email: u.email })}
                >
                  <span>
                    <span className="block font-semibold">{u.name}</span>
                    <span className="block text-sm font-normal">{u.roles}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
