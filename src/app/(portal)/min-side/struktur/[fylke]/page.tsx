import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/session";
import { getCountyStructure } from "@/server/structure/queries";
import { RegionForm } from "./_components/region-form";

export const metadata: Metadata = { title: "Kompetanseregioner" };

type Props = { params: Promise<{ fylke: string }> };

export default async function CountyStructurePage({ params }: Props) {
  const { fylke } = await params;
  const user = await requirePageUser(`/min-side/struktur/${fylke}`);
  const county = await getCountyStructure(user, fylke);
  if (!county) notFound();
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: "Min side" }]} current="Kompetanseregioner" />
      <h1 className="ds-heading" data-size="lg">Kompetanseregioner i {county.name}</h1>
      <p><Link className="ds-link" href={`/min-side/struktur/${county.slug}/perioder`}>Strategiperioder: opprett, start neste, rediger og avslutt</Link></p>
      <section aria-labelledby="regioner" className="space-y-3">
        <h2 id="regioner" className="ds-heading" data-size="md">Regioner ({county.regions.length})</h2>
        {county.regions.length === 0 ? <p>Fylket har ingen regioner ennå.</p> : (
          <ul className="prose-list">
            {county.regions.map((r) => (
              <li key={r.id}>
                <Link className="ds-link" href={`/regioner/${r.slug}`}>{r.name}</Link>: koordinert av {r.coordinator}, UH-partner {r.uhPartner}.
                {" "}Skoleutvikler: {r.roles.map((x) => x.user.name).join(", ") || <>ingen ennå (<Link className="ds-link" href={`/min-side/tilgang/${county.slug}`}>inviter</Link>)</>}.
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ny-region" className="space-y-3">
        <h2 id="ny-region" className="ds-heading" data-size="md">Opprett en region</h2>
        <RegionForm countyId={county.id} countySlug={county.slug} />
      </section>
    </div>
  );
}
