import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DemoTag } from "@/components/demo-tag";
import { covers, nextSpan } from "@/domain/periods";
import { dateIn } from "@/domain/deadline";
import { requirePageUser } from "@/server/auth/session";
import { getCountyPeriods } from "@/server/structure/queries";
import { PeriodForm, StartNextPeriod } from "./_components/period-form";

export const metadata: Metadata = { title: "Strategiperioder" };

type Props = { params: Promise<{ fylke: string }> };

export default async function PeriodsPage({ params }: Props) {
  const { fylke } = await params;
  const user = await requirePageUser(`/min-side/struktur/${fylke}/perioder`);
  const county = await getCountyPeriods(user, fylke);
  if (!county) notFound();
  const thisYear = dateIn(new Date()).year;
  const last = county.periods[0];
  const covered = county.periods.some((p) => covers(p, thisYear));
  const next = last && nextSpan(last);
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: "Min side" }, { href: `/min-side/struktur/${county.slug}`, label: "Oppsett av fylket" }]} current="Strategiperioder" />
      <div>
        <h1 className="ds-heading" data-size="lg">Strategiperioder i {county.name}</h1>
        <p className="ds-paragraph mt-2">
          En strategiperiode har mål, satsingsområder og delmål. Tildelinger, fordelingsnøkkel, evalueringer og møter hører til perioden som dekker året.
        </p>
        {!covered && <p className="ds-alert mt-3" data-color="warning">Ingen periode dekker {thisYear}. Start neste periode eller opprett en ny, så kan årets tildeling registreres.</p>}
      </div>
      <section aria-labelledby="perioder" className="space-y-3">
        <h2 id="perioder" className="ds-heading" data-size="md">Perioder ({county.periods.length})</h2>
        {county.periods.length === 0 ? <p>Fylket har ingen strategiperiode ennå. Opprett den første under.</p> : (
          <ul className="space-y-2">
            {county.periods.map((p) => (
              <li key={p.id}>
                <Link className="ds-link" href={`/min-side/struktur/${county.slug}/perioder/${p.id}`}>{p.name}</Link><DemoTag show={p.isDemo} />
                {" "}({p.startYear}–{p.endYear}, {p.priorityAreas.length} satsingsområder, {p.subGoals.length} delmål){" "}
                {p.closedAt ? <span className="ds-tag" data-size="sm" data-color="neutral">Avsluttet</span>
                  : covers(p, thisYear) ? <span className="ds-tag" data-size="sm" data-color="success">Gjelder nå</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {last && next && (
        <section aria-labelledby="neste" className="space-y-3">
          <h2 id="neste" className="ds-heading" data-size="md">Start neste periode</h2>
          <p>Kopierer {last.name} til {next.startYear}–{next.endYear}: formål, satsingsområder og delmål. Deretter retter du det som skal endres.</p>
          <StartNextPeriod countyId={county.id} countySlug={county.slug} label={`Start perioden ${next.startYear}–${next.endYear}`} />
        </section>
      )}
      <section aria-labelledby="ny" className="space-y-3">
        <h2 id="ny" className="ds-heading" data-size="md">Opprett en periode fra bunnen</h2>
        <PeriodForm countyId={county.id} countySlug={county.slug} values={{ name: "", startYear: "", endYear: "", purposes: [], priorityAreas: [], subGoals: [] }} />
      </section>
    </div>
  );
}
