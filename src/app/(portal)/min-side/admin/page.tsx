import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { notFound } from "next/navigation";
import { can } from "@/domain/authorization";
import { formatDate, formatDateTime } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getInstallation } from "@/server/access/queries";
import { InviteForm } from "../tilgang/[fylke]/_components/access-forms";
import { CountyForm } from "./_components/county-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("access.admin.title") };
}

export default async function InstallationPage() {
  const user = await requirePageUser("/min-side/admin");
  if (!can(user, "installation.manage", { countyId: "" })) notFound();
  const { counties, admins } = await getInstallation();
  return (
    <div className="space-y-10">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }]} current={msg("access.admin.crumb")} />
      <div>
        <h1 className="ds-heading" data-size="lg">{msg("access.admin.title")}</h1>
        <p className="ds-paragraph mt-2">{msg("access.admin.intro")}</p>
      </div>

      <section aria-labelledby="fylker" className="space-y-4">
        <h2 id="fylker" className="ds-heading" data-size="md">{msg("access.admin.counties", { count: counties.length })}</h2>
        {counties.length === 0 && <p>{msg("access.admin.noCounties")}</p>}
        {counties.map((c) => {
          const governors = c.roles.filter((r) => !r.user.deactivatedAt).map((r) => r.user.name);
          return (
            <article key={c.id} className="ds-card space-y-3" aria-labelledby={`fylke-${c.id}`}>
              <h3 id={`fylke-${c.id}`} className="ds-heading" data-size="sm">{c.name}</h3>
              <p>{msg("access.admin.governors", { governor: c.governorName, names: governors.join(", ") || msg("access.admin.noneYet") })}</p>
              {c.invitations.length > 0 && (
                <p className="text-sm">{msg("access.admin.waiting", { list: c.invitations.map((i) => msg("access.admin.waitingOne", { name: i.name, email: i.email, date: formatDate(i.expiresAt) })).join("; ") })}</p>
              )}
              <details open={governors.length === 0}>
                <summary className="ds-link cursor-pointer">{msg("access.admin.inviteGovernor", { county: c.name })}</summary>
                <div className="mt-3">
                  <InviteForm countyId={c.id} countySlug={c.slug} roles={["STATSFORVALTER"]} scopes={[{ value: `county:${c.id}`, label: c.name, level: "county" }]} extraRows={false} prefix={`inviter-${c.slug}`} />
                </div>
              </details>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="nytt-fylke" className="space-y-3">
        <h2 id="nytt-fylke" className="ds-heading" data-size="md">{msg("access.admin.createCounty")}</h2>
        <CountyForm />
      </section>

      <section aria-labelledby="admins" className="space-y-3">
        <h2 id="admins" className="ds-heading" data-size="md">{msg("access.admin.admins")}</h2>
        <ul className="prose-list">
          {admins.map((a) => <li key={a.assignmentId}>{msg("access.admin.adminLine", { name: a.name, email: a.email, at: a.lastSignInAt ? formatDateTime(a.lastSignInAt) : msg("access.page.neverLower") })}</li>)}
        </ul>
        <details>
          <summary className="ds-link cursor-pointer">{msg("access.admin.inviteAdmin")}</summary>
          <div className="mt-3">
            <InviteForm countySlug="" roles={["SYSTEM_ADMIN"]} scopes={[{ value: "installation", label: msg("accessForms.level.installation"), level: "installation" }]} extraRows={false} prefix="inviter-admin" />
          </div>
        </details>
      </section>
    </div>
  );
}
