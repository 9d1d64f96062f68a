import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RoleHistory } from "@/components/role-history";
import { formatDate } from "@/lib/format";
import { roleLabel } from "@/lib/messages";
import { requirePageUser } from "@/server/auth/session";
import { getOwnAccess } from "@/server/access/queries";
import { LinkButtons } from "./_components/link-buttons";

export const metadata: Metadata = { title: "Min profil" };

export default async function ProfilePage() {
  const user = await requirePageUser("/min-side/profil");
  const own = await getOwnAccess(user.id);
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: "Min side" }]} current="Min profil" />
      <div>
        <h1 className="ds-heading" data-size="lg">Min profil</h1>
        <p className="ds-paragraph mt-2">{own.name} · <span className="break-all">{own.email}</span></p>
      </div>
      <section aria-labelledby="mine-roller" className="space-y-2">
        <h2 id="mine-roller" className="ds-heading" data-size="md">Mine roller</h2>
        <ul className="prose-list">
          {own.roles.map((r) => <li key={r.id}>{roleLabel[r.role]} – {r.place} (fra {formatDate(r.since)})</li>)}
        </ul>
        <p className="text-sm">Roller gis og tas bort av Statsforvalteren, eller av skoleutvikleren i regionen din.</p>
      </section>
      <section aria-labelledby="innlogginger" className="space-y-3">
        <h2 id="innlogginger" className="ds-heading" data-size="md">Innlogginger</h2>
        {own.identities.length === 0 ? <p>Ingen innlogging er koblet til brukeren din ennå.</p> : (
          <ul className="prose-list">
            {own.identities.map((i) => <li key={i.id}>{i.provider} (koblet {formatDate(i.linkedAt)})</li>)}
          </ul>
        )}
        {own.unlinkedProviders.length > 0 && (
          <>
            <p>Du kan også koble til en annen innlogging, for eksempel Feide i tillegg til ID-porten. Du blir sendt dit og tilbake hit.</p>
            <LinkButtons providers={own.unlinkedProviders} />
          </>
        )}
      </section>
      <section aria-labelledby="historikk" className="space-y-3">
        <h2 id="historikk" className="ds-heading" data-size="md">Historikk for rollene mine</h2>
        <RoleHistory entries={own.history} caption="Endringer i roller og tilgang" />
      </section>
    </div>
  );
}
