import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatDate } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getCountyPeriods } from "@/server/structure/queries";
import { ClosePeriod, PeriodForm } from "../_components/period-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("setupPeriods.periodTitle") };
}

type Props = { params: Promise<{ fylke: string; id: string }> };

export default async function PeriodPage({ params }: Props) {
  const { fylke, id } = await params;
  const user = await requirePageUser(`/min-side/struktur/${fylke}/perioder/${id}`);
  const county = await getCountyPeriods(user, fylke);
  const period = county?.periods.find((p) => p.id === id);
  if (!county || !period) notFound();
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }, { href: `/min-side/struktur/${county.slug}/perioder`, label: msg("setupPeriods.title") }]} current={period.name} />
      <h1 className="ds-heading" data-size="lg">{period.name}</h1>
      {period.closedAt ? (
        <>
          <p className="ds-alert" data-color="info">{msg("setupPeriods.closedAt", { date: formatDate(period.closedAt) })}</p>
          <h2 className="ds-heading" data-size="md">{msg("setupPeriods.areas")}</h2>
          <ul className="prose-list">{period.priorityAreas.map((a) => <li key={a.id}>{a.title}</li>)}</ul>
        </>
      ) : (
        <>
          <PeriodForm countyId={county.id} countySlug={county.slug} values={{
            periodId: period.id, version: period.version, name: period.name, startYear: period.startYear, endYear: period.endYear,
            purposes: period.purposes, priorityAreas: period.priorityAreas.map((a) => a.title),
            subGoals: period.subGoals.map((g) => ({ number: g.number, title: g.title, summary: g.summary, strategies: g.strategies })),
          }} />
          <section aria-labelledby="avslutt" className="space-y-2">
            <h2 id="avslutt" className="ds-heading" data-size="md">{msg("setupPeriods.closeHeading")}</h2>
            <p>{msg("setupPeriods.closeHelp")}</p>
            <ClosePeriod periodId={period.id} version={period.version} name={period.name} countySlug={county.slug} />
          </section>
        </>
      )}
    </div>
  );
}
