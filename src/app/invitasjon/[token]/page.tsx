import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { signInChoices } from "@/server/auth/choices";
import { readInvitation } from "@/server/access/queries-public";
import { ClientText } from "@/i18n/client-text";
import { AcceptButtons } from "./_components/accept-buttons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("metaTitle"), referrer: "no-referrer", robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

/** The page an invitation e-mail links to. Reading it changes nothing; signing in accepts the invitation. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const read = await readInvitation(token);
  const [{ providers }, t, errors, roles] = await Promise.all([signInChoices(), getTranslations("invitation"), getTranslations("signIn.errors"), getTranslations("roles")]);
  if (!read.ok) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="ds-heading" data-size="lg">{t("unusable")}</h1>
        <div className="ds-alert" data-color="danger" role="alert">{errors(read.reason as Parameters<typeof errors>[0])}</div>
        <p><Link className="ds-link" href="/logg-inn">{t("toSignIn")}</Link></p>
      </div>
    );
  }
  const i = read.invitation;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="ds-heading" data-size="lg">{t("welcome", { name: i.name })}</h1>
      <p className="ds-paragraph">{i.invitedBy ? t("invitedBy", { by: i.invitedBy, count: i.roles.length }) : t("invited", { count: i.roles.length })}</p>
      <ul className="prose-list">
        {i.roles.map((r, n) => <li key={n}>{t("roleAt", { role: roles(r.role as Parameters<typeof roles>[0]), place: r.place })}</li>)}
      </ul>
      <p className="ds-paragraph">{t("howTo", { date: formatDate(i.expiresAt) })}</p>
      {providers.length > 0 ? (
        <ClientText namespaces={["invitation", "signIn"]}><AcceptButtons token={token} providers={providers} /></ClientText>
      ) : (
        <div className="ds-alert" data-color="warning">{t("noProvider")}</div>
      )}
    </div>
  );
}
