import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { notFound } from "next/navigation";
import { can } from "@/domain/authorization";
import { formatDate, formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getInstallation } from "@/server/access/queries";
import { InviteForm } from "../tilgang/[fylke]/_components/access-forms";
import { CountyForm } from "./_components/county-form";

export const metadata: Metadata = { title: "Administrasjon av installasjonen" };

export default async function InstallationPage() {
  const user = await requirePageUser("/min-side/admin");
  if (!can(user, "installation.manage", { countyId: "" })) notFound();
  const { counties, admins } = await getInstallation();
  return (
    <div className="space-y-10">
      <Breadcrumbs trail={[{ href: "/min-side", label: "Min side" }]} current="Administrasjon" />
      <div>
        <h1 className="ds-heading" data-size="lg">Administrasjon av installasjonen</h1>
        <p className="ds-paragraph mt-2">
          Her oppretter du fylker og inviterer den første brukeren hos Statsforvalteren i hvert fylke. Statsforvalteren setter så opp fylket og
          inviterer de andre brukerne selv. Som systemadministrator ser du ikke fylkenes tildelinger, rapporter eller saker.
        </p>
      </div>

      <section aria-labelledby="fylker" className="space-y-4">
        <h2 id="fylker" className="ds-heading" data-size="md">Fylker ({counties.length})</h2>
        {counties.length === 0 && <p>Ingen fylker ennå. Opprett det første under.</p>}
        {counties.map((c) => {
          const governors = c.roles.filter((r) => !r.user.deactivatedAt).map((r) => r.user.name);
          return (
            <article key={c.id} className="ds-card space-y-3" aria-labelledby={`fylke-${c.id}`}>
              <h3 id={`fylke-${c.id}`} className="ds-heading" data-size="sm">{c.name}</h3>
              <p>{c.governorName}. Statsforvalteren i portalen: {governors.join(", ") || "ingen ennå"}.</p>
              {c.invitations.length > 0 && (
                <p className="text-sm">Venter på svar: {c.invitations.map((i) => `${i.name} (${i.email}, gyldig til ${formatDate(i.expiresAt)})`).join("; ")}</p>
              )}
              <details open={governors.length === 0}>
                <summary className="ds-link cursor-pointer">Inviter en ansatt hos Statsforvalteren til {c.name}</summary>
                <div className="mt-3">
                  <InviteForm countyId={c.id} countySlug={c.slug} roles={["STATSFORVALTER"]} scopes={[{ value: `county:${c.id}`, label: c.name, level: "county" }]} extraRows={false} prefix={`inviter-${c.slug}`} />
                </div>
              </details>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="nytt-fylke" className="space-y-3">
        <h2 id="nytt-fylke" className="ds-heading" data-size="md">Opprett et fylke</h2>
        <CountyForm />
      </section>

      <section aria-labelledby="admins" className="space-y-3">
        <h2 id="admins" className="ds-heading" data-size="md">Systemadministratorer</h2>
        <ul className="prose-list">
          {admins.map((a) => <li key={a.assignmentId}>{a.name} ({a.email}) – sist innlogget {a.lastSignInAt ? formatDateTime(a.lastSignInAt) : "aldri"}</li>)}
        </ul>
        <details>
          <summary className="ds-link cursor-pointer">Inviter en systemadministrator til</summary>
          <div className="mt-3">
            <InviteForm countySlug="" roles={["SYSTEM_ADMIN"]} scopes={[{ value: "installation", label: "Hele installasjonen", level: "installation" }]} extraRows={false} prefix="inviter-admin" />
          </div>
        </details>
      </section>
    </div>
  );
}
