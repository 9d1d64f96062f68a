import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { dateIn } from "@/domain/deadline";
import { setupChecklist } from "@/domain/setup-checklist";
import { formatBasisPoints, formatDayOfYear } from "@/lib/format";
import { getCountyForums, getSetupFacts, requireCountySetup } from "@/server/structure/queries";
import { CreateForumButton } from "./_components/forum-forms";
import { SetupChecklist } from "./_components/checklist";
import { RegionForm } from "./_components/region-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("setup.title") };
}

type Props = { params: Promise<{ fylke: string }> };

export default async function CountyStructurePage({ params }: Props) {
  const { fylke } = await params;
  const county = await requireCountySetup(fylke, `/min-side/struktur/${fylke}`);
  const checklist = setupChecklist(await getSetupFacts(county.id, dateIn(new Date()).year));
  const forums = await getCountyForums(county.id);
  const samarbeidsforum = forums.find((f) => f.kind === "SAMARBEIDSFORUM");
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }]} current={msg("setup.title")} />
      <h1 className="ds-heading" data-size="lg">{msg("setup.heading", { county: county.name })}</h1>
      <section aria-labelledby="sjekkliste" className="space-y-3">
        <h2 id="sjekkliste" className="ds-heading" data-size="md">{msg("setup.missing", { count: checklist.length })}</h2>
        <SetupChecklist items={checklist} slug={county.slug} />
      </section>
      <section aria-labelledby="innstillinger" className="space-y-2">
        <h2 id="innstillinger" className="ds-heading" data-size="md">{msg("setup.settingsHeading")}</h2>
        <p>
          {msg("setup.settingsSummary", { share: formatBasisPoints(county.networkShareBasisPoints), deadline: formatDayOfYear(county.reportDeadlineMonth, county.reportDeadlineDay), days: county.reminderDays.join(", ") })}
        </p>
        <ul className="prose-list">
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/innstillinger`}>{msg("setup.linkSettings")}</Link></li>
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/perioder`}>{msg("setup.linkPeriods")}</Link></li>
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/offentlighet`}>{msg("opennessAdmin.link")}</Link></li>
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/arkiv`}>{msg("archive.link")}</Link></li>
          <li><Link className="ds-link" href={`/min-side/tilgang/${county.slug}`}>{msg("setup.linkAccess")}</Link></li>
          <li><Link className="ds-link" href={`/min-side/struktur/${county.slug}/import`}>{msg("setup.linkImport")}</Link></li>
        </ul>
      </section>
      <section aria-labelledby="forum" className="space-y-3">
        <h2 id="forum" className="ds-heading" data-size="md">{msg("setup.forumsHeading")}</h2>
        <ul className="space-y-2">
          <li className="flex flex-wrap items-center gap-3">
            {samarbeidsforum
              ? <Link className="ds-link" href={`/min-side/struktur/${county.slug}/forum/${samarbeidsforum.id}`}>{msg("setup.forumLink", { name: samarbeidsforum.name, count: samarbeidsforum._count.members })}</Link>
              : <><span>{msg("setup.noSamarbeidsforum")}</span><CreateForumButton countyId={county.id} countySlug={county.slug} label={msg("setup.createSamarbeidsforum")} /></>}
          </li>
          {county.regions.map((r) => {
            const f = forums.find((x) => x.regionId === r.id);
            return (
              <li key={r.id} className="flex flex-wrap items-center gap-3">
                {f
                  ? <Link className="ds-link" href={`/min-side/struktur/${county.slug}/forum/${f.id}`}>{msg("setup.forumLink", { name: f.name, count: f._count.members })}</Link>
                  : <><span>{msg("setup.noOppvekstforum", { region: r.name })}</span><CreateForumButton countyId={county.id} countySlug={county.slug} regionId={r.id} label={msg("setup.createOppvekstforum", { region: r.name })} /></>}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="regioner" className="space-y-3">
        <h2 id="regioner" className="ds-heading" data-size="md">{msg("setup.regionsHeading", { count: county.regions.length })}</h2>
        {county.regions.length === 0 ? <p>{msg("setup.noRegions")}</p> : (
          <ul className="prose-list">
            {county.regions.map((r) => (
              <li key={r.id}>
                <Link className="ds-link" href={`/min-side/struktur/${county.slug}/regioner/${r.slug}`}>{r.name}</Link>{msg("setup.regionLine", { coordinator: r.coordinator, uh: r.uhPartner, owners: r._count.owners })}
                {" "}{msg("setup.skoleutvikler")}{r.roles.map((x) => x.user.name).join(", ") || <>{msg("setup.noneYetInvite")}<Link className="ds-link" href={`/min-side/tilgang/${county.slug}`}>{msg("setup.invite")}</Link>)</>}.
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ny-region" className="space-y-3">
        <h2 id="ny-region" className="ds-heading" data-size="md">{msg("setup.createRegion")}</h2>
        <RegionForm countyId={county.id} countySlug={county.slug} />
      </section>
    </div>
  );
}
