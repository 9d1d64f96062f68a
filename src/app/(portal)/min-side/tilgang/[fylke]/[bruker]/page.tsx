import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { notFound } from "next/navigation";
import { RoleHistory } from "@/components/role-history";
import { formatDateTime } from "@/lib/format";
import { msg } from "@/i18n/server-text";
import { roleName } from "@/lib/messages/access";
import { requirePageUser } from "@/server/auth/session";
import { getUserAccess } from "@/server/access/queries";
import { ActivationButton, GrantRoleForm, RoleList } from "../_components/access-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("access.page.userTitle") };
}

type Props = { params: Promise<{ fylke: string; bruker: string }> };

export default async function UserAccessPage({ params }: Props) {
  const { fylke, bruker } = await params;
  const actor = await requirePageUser(`/min-side/tilgang/${fylke}/${bruker}`);
  const found = await getUserAccess(actor, fylke, bruker);
  if (!found) notFound();
  const { page, user, history } = found;
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/tilgang/${page.county.slug}`, label: msg("access.page.title") }]} current={user.name} />
      <div>
        <h1 className="ds-heading" data-size="lg">{user.name}</h1>
        <p className="ds-paragraph mt-2 break-all">{user.email}</p>
        <p className="ds-paragraph">
          {msg("access.page.lastSignIn", { at: user.lastSignInAt ? formatDateTime(user.lastSignInAt) : msg("access.page.neverLower"), providers: user.providers.join(", ") || msg("access.page.noneLinkedYet") })}
        </p>
        {user.deactivatedAt && <p className="ds-alert mt-2" data-color="warning">{msg("access.page.deactivatedAt", { at: formatDateTime(user.deactivatedAt) })}</p>}
      </div>

      <section aria-labelledby="roller" className="space-y-3">
        <h2 id="roller" className="ds-heading" data-size="md">{msg("access.page.rolesIn", { county: page.county.name })}</h2>
        <RoleList roles={user.roles.map((r) => ({ id: r.id, label: msg("access.page.roleAt", { role: roleName(r.role), place: r.place }), mine: r.mine }))} userName={user.name} countySlug={page.county.slug} />
      </section>

      {!user.deactivatedAt && (
        <section aria-labelledby="ny-rolle" className="space-y-3">
          <h2 id="ny-rolle" className="ds-heading" data-size="md">{msg("access.page.giveRole")}</h2>
          <GrantRoleForm userId={user.id} countySlug={page.county.slug} roles={page.roles} scopes={page.scopeOptions} />
        </section>
      )}

      {actor.id !== user.id && (
        <section aria-labelledby="aktivering" className="space-y-3">
          <h2 id="aktivering" className="ds-heading" data-size="md">{msg(user.deactivatedAt ? "access.page.activate" : "access.page.deactivate")}</h2>
          <p className="ds-paragraph">
            {msg(user.deactivatedAt ? "access.page.activateHelp" : "access.page.deactivateHelp")}
          </p>
          <ActivationButton userId={user.id} name={user.name} active={!user.deactivatedAt} countySlug={page.county.slug} />
        </section>
      )}

      <section aria-labelledby="historikk" className="space-y-3">
        <h2 id="historikk" className="ds-heading" data-size="md">{msg("access.page.history")}</h2>
        <RoleHistory entries={history} caption={msg("access.page.historyCaption", { name: user.name })} />
      </section>
    </div>
  );
}
