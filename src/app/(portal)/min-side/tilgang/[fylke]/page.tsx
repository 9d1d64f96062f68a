import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { notFound } from "next/navigation";
import { TableScroll } from "@/components/table-scroll";
import { formatDate, formatDateTime } from "@/lib/format";
import { roleLabel } from "@/lib/messages";
import { requirePageUser } from "@/server/auth/session";
import { getCountyAccess } from "@/server/access/queries";
import { InvitationButtons, InviteForm } from "./_components/access-forms";

export const metadata: Metadata = { title: "Brukere og tilgang" };

type Props = { params: Promise<{ fylke: string }> };

const invitationState = (i: { acceptedAt: Date | null; withdrawnAt: Date | null; expiresAt: Date; sentAt: Date | null }, now: Date) =>
  i.acceptedAt ? { label: `Godtatt ${formatDate(i.acceptedAt)}`, color: "success" }
  : i.withdrawnAt ? { label: "Trukket tilbake", color: "neutral" }
  : i.expiresAt <= now ? { label: "Utløpt", color: "warning" }
  : { label: i.sentAt ? `Sendt, gyldig til ${formatDate(i.expiresAt)}` : `Ikke sendt på e-post, gyldig til ${formatDate(i.expiresAt)}`, color: "info" };

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
      <Breadcrumbs trail={[{ href: "/min-side", label: "Min side" }]} current="Brukere og tilgang" />
      <div>
        <h1 className="ds-heading" data-size="lg">Brukere og tilgang – {page.county.name}</h1>
        <p className="ds-paragraph mt-2">
          Inviter nye brukere, gi og ta bort roller, og deaktiver brukere som ikke lenger skal ha tilgang. Endringer gjelder fra neste
          side brukeren åpner, og alle endringer står i endringsloggen.
        </p>
      </div>

      <section aria-labelledby="brukere" className="space-y-3">
        <h2 id="brukere" className="ds-heading" data-size="md">Brukere ({page.users.length})</h2>
        {page.users.length === 0 ? <p>Ingen brukere har roller her ennå. Inviter den første under.</p> : (
          <TableScroll label="Brukere">
            <table className="ds-table" data-border="true">
              <thead>
                <tr><th scope="col">Navn</th><th scope="col">Roller</th><th scope="col">Sist innlogget</th><th scope="col">Innlogging</th></tr>
              </thead>
              <tbody>
                {page.users.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" className="font-normal">
                      <Link className="ds-link" href={`/min-side/tilgang/${page.county.slug}/${u.id}`}>{u.name}</Link>
                      <span className="block text-sm break-all">{u.email}</span>
                      {u.deactivatedAt && <span className="ds-tag" data-size="sm" data-color="danger">Deaktivert</span>}
                    </th>
                    <td><ul>{u.roles.map((r) => <li key={r.id}>{roleLabel[r.role]} – {r.place}</li>)}</ul></td>
                    <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "Aldri"}</td>
                    <td>{u.providers.join(", ") || "Ingen koblet"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="invitasjoner" className="space-y-3">
        <h2 id="invitasjoner" className="ds-heading" data-size="md">Invitasjoner som venter ({open.length})</h2>
        {open.length === 0 ? <p>Ingen invitasjoner venter på svar.</p> : (
          <ul className="space-y-3">
            {open.map((i) => {
              const s = invitationState(i, now);
              return (
                <li key={i.id} className="ds-card" data-variant="tinted">
                  <p className="font-semibold">{i.name} <span className="font-normal break-all">({i.email})</span></p>
                  <p className="text-sm">{i.roles.map((r) => `${roleLabel[r.role]} – ${r.place}`).join("; ")}</p>
                  <p className="text-sm">Invitert {formatDate(i.createdAt)}{i.invitedBy ? ` av ${i.invitedBy}` : ""}. <span className="ds-tag" data-size="sm" data-color={s.color}>{s.label}</span></p>
                  <div className="mt-2"><InvitationButtons id={i.id} version={i.version} name={i.name} countySlug={page.county.slug} /></div>
                </li>
              );
            })}
          </ul>
        )}
        {closed.length > 0 && (
          <details>
            <summary className="ds-link cursor-pointer">Tidligere invitasjoner ({closed.length})</summary>
            <ul className="mt-2 prose-list">
              {closed.map((i) => <li key={i.id}>{i.name} ({i.email}): {invitationState(i, now).label}</li>)}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="ny-invitasjon" className="space-y-3">
        <h2 id="ny-invitasjon" className="ds-heading" data-size="md">Inviter en ny bruker</h2>
        <InviteForm countyId={page.county.id} countySlug={page.county.slug} roles={page.roles} scopes={page.scopeOptions} />
      </section>
    </div>
  );
}
