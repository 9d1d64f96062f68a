import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { roleLabel } from "@/lib/messages";
import { signInMessage } from "@/lib/messages/access";
import { safeReturnPath } from "@/lib/return-path";
import { currentUser } from "@/server/auth/session";
import { signInChoices } from "@/server/auth/choices";
import { SignInButtons } from "./_components/sign-in-buttons";

export const metadata: Metadata = { title: "Logg inn" };

type Props = { searchParams: Promise<{ feil?: string; error?: string; tilbake?: string }> };

const safeReturn = (path?: string) => safeReturnPath(path) ?? "/min-side";

export default async function SignInPage({ searchParams }: Props) {
  const { feil, error, tilbake } = await searchParams;
  const user = await currentUser();
  if (user && user.grants.length > 0 && !feil && !error) redirect(safeReturn(tilbake));
  const code = feil ?? error;
  const message = code ? signInMessage(code) : null;
  const choices = await signInChoices();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="ds-heading" data-size="lg">Logg inn</h1>
      {message && (
        <div className="ds-alert" data-color="danger" role="alert">
          {message}
        </div>
      )}
      <SignInButtons
        callbackUrl={safeReturn(tilbake)}
        providers={choices.providers}
        demoUsers={choices.demoUsers.map((u) => ({
          email: u.email,
          name: u.name,
          roles: u.roles.map((r) => roleLabel[r]).join(", ") || "Ingen rolle",
        }))}
      />
      {choices.providers.length === 0 && choices.demoUsers.length === 0 && (
        <div className="ds-alert" data-color="warning">
          Ingen innloggingsmåte er satt opp. Driftsansvarlig må sette opp minst én innloggingstjeneste (OIDC_PROVIDERS og OIDC_&lt;NAVN&gt;_ISSUER, _CLIENT_ID og _CLIENT_SECRET; se README).
        </div>
      )}
    </div>
  );
}
