import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/server/auth/session";
import { getRegionForEdit } from "@/server/structure/queries";
import { AddKindergartenForm, AddOwnerForm, AddSchoolForm, EditUnitForm, MoveOwnerForm, RegionEditForm } from "../../_components/unit-forms";
import { CreateGroupForm } from "@/components/create-group-form";
import { getTranslations } from "next-intl/server";
import { regionsMayChangeIn } from "@/domain/periods";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("setupRegion.title") };
}

type Props = { params: Promise<{ fylke: string; region: string }> };


export default async function RegionEditPage({ params }: Props) {
  const { fylke, region: slug } = await params;
  const user = await requirePageUser(`/min-side/struktur/${fylke}/regioner/${slug}`);
  const region = await getRegionForEdit(user, fylke, slug);
  if (!region) notFound();
  const ctx = { countySlug: region.county.slug, regionSlug: region.slug };
  const schools = region.owners.reduce((n, o) => n + o.schools.length, 0);
  const [k, g] = await Promise.all([getTranslations("kindergartens"), getTranslations("groupsNew")]);
  // Regions can change in a period that is open and not over; earlier periods are history.
  const year = new Date().getFullYear();
  const movable = region.periods.filter((p) => regionsMayChangeIn({ endYear: p.endYear, closed: !!p.closedAt }, year));
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${region.county.slug}`, label: msg("setup.title") }]} current={region.name} />
      <h1 className="ds-heading" data-size="lg">{region.name}</h1>
      <p><Link className="ds-link" href={`/fylker/${region.county.slug}/regioner/${region.slug}`}>{msg("setupRegion.publicLink")}</Link></p>
      <section aria-labelledby="om" className="space-y-3">
        <h2 id="om" className="ds-heading" data-size="md">{msg("setupRegion.about")}</h2>
        <RegionEditForm ctx={ctx} region={{ id: region.id, name: region.name, coordinator: region.coordinator, uhPartner: region.uhPartner }} />
      </section>
      <section aria-labelledby="eiere" className="space-y-3">
        <h2 id="eiere" className="ds-heading" data-size="md">{msg("setupRegion.owners", { owners: region.owners.length, schools })}</h2>
        {region.owners.length === 0 ? (
          <p>{msg("setupRegion.noOwners")}<Link className="ds-link" href={`/min-side/struktur/${region.county.slug}/import`}>{msg("setupRegion.importLink")}</Link>{msg("setupRegion.orAddBelow")}</p>
        ) : (
          <ul className="space-y-2">
            {region.owners.map((o) => (
              <li key={o.id}>
                <details>
                  <summary className="cursor-pointer">{msg("setupRegion.ownerSummary", { name: o.name, kind: msg(`setupRegion.kind.${o.kind}`), org: o.orgNumber ?? "none", schools: o.schools.length })}</summary>
                  <p className="text-sm mt-1">{msg("setupRegion.perPeriod", { list: o.memberships.map((m) => `${m.period.name}: ${m.region.name}`).join("; ") || msg("setupRegion.noPeriodYet") })}</p>
                  <ul className="prose-list mt-1">
                    {o.schools.map((s) => (
                      <li key={s.id}>
                        {msg("setupRegion.school", { name: s.name, org: s.orgNumber ?? "none", pupils: s.pupils === null ? "none" : String(s.pupils) })}
                        <EditUnitForm ctx={ctx} kind="school" unit={{ id: s.id, version: s.version, name: s.name, orgNumber: s.orgNumber, count: s.pupils }} />
                      </li>
                    ))}
                  </ul>
                  {o.groups.length > 0 && (
                    <>
                      <p className="text-sm mt-2 font-semibold">{g("groupsHeading")}</p>
                      <ul className="prose-list mt-1">
                        {o.groups.map((x) => <li key={x.id}><Link className="ds-link" href={`/min-side/grupper/${x.id}`}>{g("groupLink", { name: x.name, count: x._count.members })}</Link></li>)}
                      </ul>
                    </>
                  )}
                  {o.kindergartens.length > 0 && (
                    <>
                      <p className="text-sm mt-2 font-semibold">{k("publicKindergartens")}: {k("list", { count: o.kindergartens.length })}</p>
                      <ul className="prose-list mt-1">
                        {o.kindergartens.map((g) => (
                          <li key={g.id}>
                            {k("line", { name: g.name, org: g.orgNumber ?? "none", children: g.children === null ? "none" : String(g.children) })}
                            <EditUnitForm ctx={ctx} kind="kindergarten" unit={{ id: g.id, version: g.version, name: g.name, orgNumber: g.orgNumber, count: g.children }} />
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      {region.joining.length > 0 && (
        <p className="ds-paragraph">{msg("setupRegion.joining", { list: region.joining.map((m) => `${m.schoolOwner.name} (${m.period.name})`).join(", ") })}</p>
      )}
      {movable.length > 0 && region.regions.length > 1 && (
        <section aria-labelledby="flytt" className="space-y-3">
          <h2 id="flytt" className="ds-heading" data-size="md">{msg("setupRegion.moveHeading")}</h2>
          <p className="ds-paragraph">{msg("setupRegion.moveHelp")}</p>
          <MoveOwnerForm ctx={ctx} owners={region.owners.map((o) => ({ id: o.id, name: o.name }))}
            regions={region.regions.filter((r) => r.id !== region.id)} periods={movable.map((p) => ({ id: p.id, name: p.name }))} />
        </section>
      )}
      <section aria-labelledby="ny-eier" className="space-y-3">
        <h2 id="ny-eier" className="ds-heading" data-size="md">{msg("setupRegion.addOwner")}</h2>
        <AddOwnerForm ctx={ctx} regionId={region.id} />
      </section>
      {region.owners.length > 0 && (
        <>
          <Section id="ny-skole" heading={msg("setupRegion.addSchool")}>
            <AddSchoolForm ctx={ctx} owners={region.owners.map((o) => ({ id: o.id, name: o.name }))} />
          </Section>
          <Section id="ny-barnehage" heading={k("heading")} intro={k("intro")}>
            <AddKindergartenForm ctx={ctx} owners={region.owners.map((o) => ({ id: o.id, name: o.name }))} />
          </Section>
          <Section id="ny-gruppe" heading={g("heading")} intro={g("intro")}>
            <CreateGroupForm ctx={ctx} owners={region.owners.map((o) => ({ id: o.id, name: o.name, schools: o.schools.map((s) => ({ id: s.id, name: s.name })), kindergartens: o.kindergartens.map((x) => ({ id: x.id, name: x.name })) }))} />
          </Section>
        </>
      )}
    </div>
  );
}

/** A form's section: its heading (and a line of explanation) above the form. */
function Section({ id, heading, intro, children }: { id: string; heading: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="ds-heading" data-size="md">{heading}</h2>
      {intro && <p className="ds-paragraph">{intro}</p>}
      {children}
    </section>
  );
}
