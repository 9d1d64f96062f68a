import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signInErrorCode } from "@/lib/messages/access";
import { safeReturnPath } from "@/lib/return-path";
import { currentUser } from "@/server/auth/session";
import { signInChoices } from "@/server/auth/choices";
import { SignInButtons } from "./_components/sign-in-buttons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type Props = { searchParams: Promise<{ feil?: string; error?: string; tilbake?: string }> };

const safeReturn = (path?: string) => safeReturnPath(path) ?? "/min-side";

export default async function SignInPage({ searchParams }: Props) {
  const { feil, error, tilbake } = await searchParams;
  const user = await currentUser();
  if (user && user.grants.length > 0 && !feil && !error) redirect(safeReturn(tilbake));
  const code = feil ?? error;
  const t = await getTranslations("signIn");
  const roles = await getTranslations("roles");
  const message = code ? t(`errors.${signInErrorCode(code)}`) : null;
  const choices = await signInChoices();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="ds-heading" data-size="lg">{t("title")}</h1>
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
          roles: u.roles.map((r) => roles(r)).join(", ") || t("noRole"),
        }))}
      />
      {choices.providers.length === 0 && choices.demoUsers.length === 0 && (
        <div className="ds-alert" data-color="warning">
          {t("noProvider")}
        </div>
      )}
    </div>
  );
}
