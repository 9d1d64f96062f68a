import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DemoTag } from "@/components/demo-tag";
import { covers, nextSpan } from "@/domain/periods";
import { dateIn } from "@/domain/deadline";
import { requirePageUser } from "@/server/auth/session";
import { getCountyPeriods } from "@/server/structure/queries";
import { PeriodForm, StartNextPeriod } from "./_components/period-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("setupPeriods.title") };
}

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
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${county.slug}`, label: msg("setup.title") }]} current={msg("setupPeriods.title")} />
      <div>
        <h1 className="ds-heading" data-size="lg">{msg("setupPeriods.heading", { county: county.name })}</h1>
        <p className="ds-paragraph mt-2">{msg("setupPeriods.intro")}</p>
        {!covered && <p className="ds-alert mt-3" data-color="warning">{msg("setupPeriods.notCovered", { year: String(thisYear) })}</p>}
      </div>
      <section aria-labelledby="perioder" className="space-y-3">
        <h2 id="perioder" className="ds-heading" data-size="md">{msg("setupPeriods.list", { count: county.periods.length })}</h2>
        {county.periods.length === 0 ? <p>{msg("setupPeriods.none")}</p> : (
          <ul className="space-y-2">
            {county.periods.map((p) => (
              <li key={p.id}>
                <Link className="ds-link" href={`/min-side/struktur/${county.slug}/perioder/${p.id}`}>{p.name}</Link><DemoTag show={p.isDemo} />
                {" "}{msg("setupPeriods.line", { start: String(p.startYear), end: String(p.endYear), areas: p.priorityAreas.length, goals: p.subGoals.length })}{" "}
                {p.closedAt ? <span className="ds-tag" data-size="sm" data-color="neutral">{msg("setupPeriods.closed")}</span>
                  : covers(p, thisYear) ? <span className="ds-tag" data-size="sm" data-color="success">{msg("setupPeriods.current")}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {last && next && (
        <section aria-labelledby="neste" className="space-y-3">
          <h2 id="neste" className="ds-heading" data-size="md">{msg("setupPeriods.nextHeading")}</h2>
          <p>{msg("setupPeriods.nextHelp", { name: last.name, start: String(next.startYear), end: String(next.endYear) })}</p>
          <StartNextPeriod countyId={county.id} countySlug={county.slug} label={msg("setupPeriods.nextButton", { start: String(next.startYear), end: String(next.endYear) })} />
        </section>
      )}
      <section aria-labelledby="ny" className="space-y-3">
        <h2 id="ny" className="ds-heading" data-size="md">{msg("setupPeriods.newHeading")}</h2>
        <PeriodForm countyId={county.id} countySlug={county.slug} values={{ name: "", startYear: "", endYear: "", purposes: [], priorityAreas: [], subGoals: [] }} />
      </section>
    </div>
  );
}
