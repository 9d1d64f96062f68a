import type { Metadata } from "next";
import Link from "next/link";
import { opennessText } from "@/lib/messages/openness";
import { archiveText } from "@/lib/messages/archive";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { dateIn } from "@/domain/deadline";
import { setupChecklist } from "@/domain/setup-checklist";
import { formatBasisPoints, formatDayOfYear } from "@/lib/format";
import { getCountyForums, getSetupFacts, requireCountySetup } from "@/server/structure/queries";
import { CreateForumButton } from "./_components/forum-forms";
import { SetupChecklist } from "./_components/checklist";
import { RegionForm } from "./_components/region-form";

export const metadata: Metadata = { title: "Oppsett av fylket" };

type Props = { params: Promise<{ fylke: string }> };

export default async function CountyStructurePage({ params }: Props) {
  const { fylke } = await params;
  const county = await requireCountySetup(fylke, `/min-side/struktur/${fylke}`);
  const checklist = setupChecklist(await getSetupFacts(county.id, dateIn(new Date()).year));
  const forums = await getCountyForums(county.id);
  const samarbeidsforum = forums.find((f) => f.kind === "SAMARBEIDSFORUM");
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: "Min side" }]} current="Oppsett av fylket" />
      <h1 className="ds-heading" data-size="lg">Oppsett av {county.name}</h1>
      <section aria-labelledby="sjekkliste" className="space-y-3">
        <h2 id="sjekkliste" className="ds-heading" data-size="md">Dette mangler før årshjulet kan gå ({checklist.length})</h2>
        <SetupChecklist items={checklist} slug={county.slug} />
      </section>
      <section aria-labelledby="innstillinger" className="space-y-2">
        <h2 id="innstillinger" className="ds-heading" data-size="md">Innstillinger og strategi</h2>
        <p>
          Inntil {formatBasisPoints(county.networkShareBasisPoints)} til nettverkene, rapportfrist {formatDayOfYear(county.reportDeadlineMonth, county.reportDeadlineDay)},
          påminnelser {county.reminderDays.join(", ")} dager før fristen.
        </p>
        <ul className="prose-list">
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/innstillinger`}>Innstillinger for fylket</Link></li>
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/perioder`}>Strategiperioder: opprett, start neste, rediger og avslutt</Link></li>
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/offentlighet`}>{opennessText.link}</Link></li>
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/arkiv`}>{archiveText.link}</Link></li>
          <li><Link className="ds-link" href={`/min-side/tilgang/${county.slug}`}>Brukere og tilgang</Link></li>
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/import`}>Importer skoleeiere og skoler fra registrene</Link></li>
        </ul>
      </section>
      <section aria-labelledby="forum" className="space-y-3">
        <h2 id="forum" className="ds-heading" data-size="md">Forumene</h2>
        <ul className="space-y-2">
          <li className="flex flex-wrap items-center gap-3">
            {samarbeidsforum
              ? <Link className="ds-link" href={`/min-side/struktur/${county.slug}/forum/${samarbeidsforum.id}`}>{samarbeidsforum.name} ({samarbeidsforum._count.members} medlemmer)</Link>
              : <><span>Samarbeidsforumet er ikke registrert.</span><CreateForumButton countyId={county.id} countySlug={county.slug} label="Opprett samarbeidsforumet" /></>}
          </li>
          {county.regions.map((r) => {
            const f = forums.find((x) => x.regionId === r.id);
            return (
              <li key={r.id} className="flex flex-wrap items-center gap-3">
                {f
                  ? <Link className="ds-link" href={`/min-side/struktur/${county.slug}/forum/${f.id}`}>{f.name} ({f._count.members} medlemmer)</Link>
                  : <><span>{r.name} har ikke oppvekstforum.</span><CreateForumButton countyId={county.id} countySlug={county.slug} regionId={r.id} label={`Opprett oppvekstforum for ${r.name}`} /></>}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="regioner" className="space-y-3">
        <h2 id="regioner" className="ds-heading" data-size="md">Regioner ({county.regions.length})</h2>
        {county.regions.length === 0 ? <p>Fylket har ingen regioner ennå.</p> : (
          <ul className="prose-list">
            {county.regions.map((r) => (
              <li key={r.id}>
                <Link className="ds-link" href={`/min-side/struktur/${county.slug}/regioner/${r.slug}`}>{r.name}</Link>: koordinert av {r.coordinator}, UH-partner {r.uhPartner}, {r._count.owners} skoleeiere.
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
