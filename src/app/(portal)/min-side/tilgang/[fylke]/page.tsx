import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { notFound } from "next/navigation";
import { TableScroll } from "@/components/table-scroll";
import { formatDate, formatDateTime } from "@/lib/format";
import { msg } from "@/i18n/server-text";
import { roleName } from "@/lib/messages/access";
import { requirePageUser } from "@/server/auth/session";
import { getCountyAccess } from "@/server/access/queries";
import { InvitationButtons, InviteForm } from "./_components/access-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("access.page.title") };
}

type Props = { params: Promise<{ fylke: string }> };

const invitationState = (i: { acceptedAt: Date | null; withdrawnAt: Date | null; expiresAt: Date; sentAt: Date | null }, now: Date) =>
  i.acceptedAt ? { label: msg("access.page.accepted", { date: formatDate(i.acceptedAt) }), color: "success" }
  : i.withdrawnAt ? { label: msg("access.page.withdrawnState"), color: "neutral" }
  : i.expiresAt <= now ? { label: msg("access.page.expired"), color: "warning" }
  : { label: msg(i.sentAt ? "access.page.sent" : "access.page.notSent", { date: formatDate(i.expiresAt) }), color: "info" };

export default async function AccessPage({ params }: Props) {
  const { fylke } = await params;
  const user = await requirePageUser(`/min-side/tilgang/${fylke}`);
  const page = await getCountyAccess(user, fylke);
  // The same answer for "no such county" and "not yours".
  if (!page) notFound();
  const now = new Date();
  const open = page.invitations.filter((i) => !i.acceptedAt && !i.withdrawnAt);
  const closed = page.invitations.filter((i) => i.acceptedAt || i.withdrawnAt).slice(0, 20);
  return (
    <div className="space-y-10">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }]} current={msg("access.page.title")} />
      <div>
        <h1 className="ds-heading" data-size="lg">{msg("access.page.heading", { county: page.county.name })}</h1>
        <p className="ds-paragraph mt-2">{msg("access.page.intro")}</p>
      </div>

      <section aria-labelledby="brukere" className="space-y-3">
        <h2 id="brukere" className="ds-heading" data-size="md">{msg("access.page.users", { count: page.users.length })}</h2>
        {page.users.length === 0 ? <p>{msg("access.page.noUsers")}</p> : (
          <TableScroll label={msg("access.page.usersLabel")}>
            <table className="ds-table" data-border="true">
              <thead>
                <tr><th scope="col">{msg("access.page.colName")}</th><th scope="col">{msg("access.page.colRoles")}</th><th scope="col">{msg("access.page.colLastSignIn")}</th><th scope="col">{msg("access.page.colLogin")}</th></tr>
              </thead>
              <tbody>
                {page.users.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" className="font-normal">
                      <Link className="ds-link" href={`/min-side/tilgang/${page.county.slug}/${u.id}`}>{u.name}</Link>
                      <span className="block text-sm break-all">{u.email}</span>
                      {u.deactivatedAt && <span className="ds-tag" data-size="sm" data-color="danger">{msg("access.page.deactivatedTag")}</span>}
                    </th>
                    <td><ul>{u.roles.map((r) => <li key={r.id}>{msg("access.page.roleAt", { role: roleName(r.role), place: r.place })}</li>)}</ul></td>
                    <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : msg("access.page.never")}</td>
                    <td>{u.providers.join(", ") || msg("access.page.noneLinked")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="invitasjoner" className="space-y-3">
        <h2 id="invitasjoner" className="ds-heading" data-size="md">{msg("access.page.waiting", { count: open.length })}</h2>
        {open.length === 0 ? <p>{msg("access.page.noneWaiting")}</p> : (
          <ul className="space-y-3">
            {open.map((i) => {
              const s = invitationState(i, now);
              return (
                <li key={i.id} className="ds-card" data-variant="tinted">
                  <p className="font-semibold">{i.name} <span className="font-normal break-all">({i.email})</span></p>
                  <p className="text-sm">{i.roles.map((r) => msg("access.page.roleAt", { role: roleName(r.role), place: r.place })).join("; ")}</p>
                  <p className="text-sm">{msg("access.page.invitedAt", { date: formatDate(i.createdAt), by: i.invitedBy ?? "none" })} <span className="ds-tag" data-size="sm" data-color={s.color}>{s.label}</span></p>
                  <div className="mt-2"><InvitationButtons id={i.id} version={i.version} name={i.name} countySlug={page.county.slug} /></div>
                </li>
              );
            })}
          </ul>
        )}
        {closed.length > 0 && (
          <details>
            <summary className="ds-link cursor-pointer">{msg("access.page.earlier", { count: closed.length })}</summary>
            <ul className="mt-2 prose-list">
              {closed.map((i) => <li key={i.id}>{i.name} ({i.email}): {invitationState(i, now).label}</li>)}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="ny-invitasjon" className="space-y-3">
        <h2 id="ny-invitasjon" className="ds-heading" data-size="md">{msg("access.page.newInvitation")}</h2>
        <InviteForm countyId={page.county.id} countySlug={page.county.slug} roles={page.roles} scopes={page.scopeOptions} />
      </section>
    </div>
  );
}
