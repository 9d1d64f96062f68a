import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { notFound } from "next/navigation";
import { RoleHistory } from "@/components/role-history";
import { formatDateTime } from "@/lib/format";
import { roleLabel } from "@/lib/messages";
import { requirePageUser } from "@/server/auth/session";
import { getUserAccess } from "@/server/access/queries";
import { ActivationButton, GrantRoleForm, RoleList } from "../_components/access-forms";

export const metadata: Metadata = { title: "Bruker" };

type Props = { params: Promise<{ fylke: string; bruker: string }> };

export default async function UserAccessPage({ params }: Props) {
  const { fylke, bruker } = await params;
  const actor = await requirePageUser(`/min-side/tilgang/${fylke}/${bruker}`);
  const found = await getUserAccess(actor, fylke, bruker);
  if (!found) notFound();
  const { page, user, history } = found;
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: "Min side" }, { href: `/min-side/tilgang/${page.county.slug}`, label: "Brukere og tilgang" }]} current={user.name} />
      <div>
        <h1 className="ds-heading" data-size="lg">{user.name}</h1>
        <p className="ds-paragraph mt-2 break-all">{user.email}</p>
        <p className="ds-paragraph">
          Sist innlogget: {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "aldri"}. Innlogging: {user.providers.join(", ") || "ingen koblet ennå"}.
        </p>
        {user.deactivatedAt && <p className="ds-alert mt-2" data-color="warning">Brukeren ble deaktivert {formatDateTime(user.deactivatedAt)} og kan ikke logge inn.</p>}
      </div>

      <section aria-labelledby="roller" className="space-y-3">
        <h2 id="roller" className="ds-heading" data-size="md">Roller i {page.county.name}</h2>
        <RoleList roles={user.roles.map((r) => ({ id: r.id, label: `${roleLabel[r.role]} – ${r.place}`, mine: r.mine }))} userName={user.name} countySlug={page.county.slug} />
      </section>

      {!user.deactivatedAt && (
        <section aria-labelledby="ny-rolle" className="space-y-3">
          <h2 id="ny-rolle" className="ds-heading" data-size="md">Gi en rolle</h2>
          <GrantRoleForm userId={user.id} countySlug={page.county.slug} roles={page.roles} scopes={page.scopeOptions} />
        </section>
      )}

      {actor.id !== user.id && (
        <section aria-labelledby="aktivering" className="space-y-3">
          <h2 id="aktivering" className="ds-heading" data-size="md">{user.deactivatedAt ? "Aktiver brukeren" : "Deaktiver brukeren"}</h2>
          <p className="ds-paragraph">
            {user.deactivatedAt ? "Brukeren får tilgang igjen med rollene som står over." : "En deaktivert bruker logges ut med en gang. Navnet står fortsatt i endringslogg og protokoller."}
          </p>
          <ActivationButton userId={user.id} name={user.name} active={!user.deactivatedAt} countySlug={page.county.slug} />
        </section>
      )}

      <section aria-labelledby="historikk" className="space-y-3">
        <h2 id="historikk" className="ds-heading" data-size="md">Historikk</h2>
        <RoleHistory entries={history} caption={`Roller og tilgang for ${user.name}`} />
      </section>
    </div>
  );
}
