import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RoleHistory } from "@/components/role-history";
import { formatDate } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getOwnAccess } from "@/server/access/queries";
import { LinkButtons } from "./_components/link-buttons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requirePageUser("/min-side/profil");
  const own = await getOwnAccess(user.id);
  const t = await getTranslations("profile");
  const common = await getTranslations("common");
  const roles = await getTranslations("roles");
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: common("mySide") }]} current={t("title")} />
      <div>
        <h1 className="ds-heading" data-size="lg">{t("title")}</h1>
        <p className="ds-paragraph mt-2">{own.name} · <span className="break-all">{own.email}</span></p>
      </div>
      <section aria-labelledby="mine-roller" className="space-y-2">
        <h2 id="mine-roller" className="ds-heading" data-size="md">{t("myRoles")}</h2>
        <ul className="prose-list">
          {own.roles.map((r) => <li key={r.id}>{t("role", { role: roles(r.role), place: r.place, since: formatDate(r.since) })}</li>)}
        </ul>
        <p className="text-sm">{t("rolesHelp")}</p>
      </section>
      <section aria-labelledby="innlogginger" className="space-y-3">
        <h2 id="innlogginger" className="ds-heading" data-size="md">{t("logins")}</h2>
        {own.identities.length === 0 ? <p>{t("noLogins")}</p> : (
          <ul className="prose-list">
            {own.identities.map((i) => <li key={i.id}>{t("login", { provider: i.provider, date: formatDate(i.linkedAt) })}</li>)}
          </ul>
        )}
        {own.unlinkedProviders.length > 0 && (
          <>
            <p>{t("linkHelp")}</p>
            <LinkButtons providers={own.unlinkedProviders.map((p) => ({ ...p, label: t("link", { name: p.name }) }))} />
          </>
        )}
      </section>
      <section aria-labelledby="historikk" className="space-y-3">
        <h2 id="historikk" className="ds-heading" data-size="md">{t("historyHeading")}</h2>
        <RoleHistory entries={own.history} caption={t("historyCaption")} />
      </section>
    </div>
  );
}
