import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { canSeeGroupMemberNames } from "@/domain/authorization";
import { DemoTag } from "@/components/demo-tag";
import { TableScroll } from "@/components/table-scroll";
import { currentUser } from "@/server/auth/session";
import { getGroupMembers, getRegion } from "@/server/structure/queries";
import { dateIn } from "@/domain/deadline";
import { ForumSection } from "./_components/forum-section";
import { GroupsSection } from "./_components/groups-section";
import { NetworksSection } from "./_components/networks-section";
import { PlanSection } from "./_components/plan-section";
import { publicEvaluationYears, withheldOf } from "@/server/openness/queries";

type Props = { params: Promise<{ fylke: string; slug: string }>; searchParams: Promise<{ plan?: string; samlinger?: string }> };

/** The region as this address shows it (the same arguments from the metadata and the page: one query per request). */
async function regionOf({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return getRegion(slug, dateIn(new Date()).year, Number(query.plan) || undefined, query.samlinger === "alle");
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [region, t] = await Promise.all([regionOf(props), getTranslations("publicRegion")]);
  return { title: region ? t("metaTitle", { region: region.name }) : t("notFound") };
}

export default async function RegionPage(props: Props) {
  const { fylke } = await props.params;
  const region = await regionOf(props);
  if (!region || region.county.slug !== fylke) notFound();
  const showNames = canSeeGroupMemberNames(await currentUser());
  const [t, k] = await Promise.all([getTranslations("publicRegion"), getTranslations("kindergartens")]);
  const schoolCount = region.owners.reduce((n, o) => n + o.schools.length, 0);
  const [withheldPlans, evaluationYears, groupMembers] = await Promise.all([
    withheldOf("PLAN", region.plan ? [region.plan.id] : []), publicEvaluationYears(region.id), getGroupMembers(region.id, showNames),
  ]);
  return (
    <div className="space-y-10">
      <Breadcrumbs trail={[{ href: `/fylker/${fylke}`, label: region.county.name }]} current={region.name} />
      <section aria-labelledby="tittel" className="space-y-3">
        <h1 id="tittel" className="ds-heading" data-size="lg">
          {t("heading", { region: region.name })}
          <DemoTag show={region.isDemo} />
        </h1>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("coordinatedBy")}</dt><dd>{region.coordinator}</dd>
          <dt className="font-semibold">{t("uhPartner")}</dt><dd>{region.uhPartner}</dd>
          <dt className="font-semibold">{t("owners")}</dt><dd>{region.owners.length}</dd>
          <dt className="font-semibold">{t("schools")}</dt><dd>{schoolCount}</dd>
        </dl>
        {region.overallGoal && (
          <p className="ds-paragraph"><strong>{t("overallGoal")}</strong> {region.overallGoal}</p>
        )}
        {region.priorityAreas.length > 0 && (
          <div>
            <h2 className="ds-heading" data-size="sm">{t("priorityAreas")}</h2>
            <ol className="num-list mt-2">{region.priorityAreas.map((a) => <li key={a.id}>{a.title}</li>)}</ol>
          </div>
        )}
        {region.isDemo && (
          <div className="ds-alert" data-color="info">{t("demoNotice")}</div>
        )}
      </section>

      <OwnersTable id="skoleeiere" heading={t("ownersHeading")} caption={t("ownersCaption", { region: region.name })} columns={[t("owner"), t("schools")]}
        rows={region.owners.map((o) => ({ id: o.id, owner: <>{o.name}<DemoTag show={o.isDemo} /></>, units: o.schools.length ? o.schools.map((s) => s.name).join(", ") : t("noSchools") }))} />
      {region.owners.some((o) => o.kindergartens.length > 0) && (
        <OwnersTable id="barnehager" heading={k("publicHeading")} caption={k("publicCaption", { region: region.name })} columns={[k("publicOwner"), k("publicKindergartens")]}
          rows={region.owners.filter((o) => o.kindergartens.length > 0).map((o) => ({ id: o.id, owner: o.name, units: o.kindergartens.map((g) => g.name).join(", ") }))} />
      )}

      {region.forums.map((forum) => (
        <div key={forum.id} className="space-y-2">
          <ForumSection forum={forum} />
          <p><Link className="ds-link" href={`/fylker/${fylke}/moter#forum-${forum.id}`}>{t("forumMeetings", { forum: forum.name })}</Link></p>
        </div>
      ))}
      <GroupsSection owners={region.owners} members={groupMembers} showNames={showNames} />
      <NetworksSection networks={region.networks} partner={region.uhPartner} allPath={region.allGatherings ? null : `/fylker/${fylke}/regioner/${region.slug}?samlinger=alle#nettverk`} />
      <PlanSection plan={region.plan} plans={region.plans} regionPath={`/fylker/${fylke}/regioner/${region.slug}`} criteria={region.criteria} withheld={withheldPlans} />
      {evaluationYears.length > 0 && (
        <section aria-labelledby="evalueringer" className="space-y-2">
          <h2 id="evalueringer" className="ds-heading" data-size="md">{t("evaluations")}</h2>
          <ul className="prose-list">
            {evaluationYears.map((y) => <li key={y}><Link className="ds-link" href={`/fylker/${fylke}/evalueringer/${region.slug}/${y}`}>{t("evaluationTitle", { region: region.name, year: String(y) })}</Link></li>)}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The region's owners with their schools, or with their kindergartens: a section with its table. */
function OwnersTable({ id, heading, caption, columns, rows }: { id: string; heading: string; caption: string; columns: [string, string]; rows: { id: string; owner: React.ReactNode; units: string }[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="ds-heading" data-size="md">{heading}</h2>
      <TableScroll className="mt-3" label={heading}>
        <table className="ds-table" data-border="true">
          <caption className="sr-only">{caption}</caption>
          <thead><tr><th scope="col">{columns[0]}</th><th scope="col">{columns[1]}</th></tr></thead>
          <tbody>{rows.map((r) => <tr key={r.id}><td>{r.owner}</td><td>{r.units}</td></tr>)}</tbody>
        </table>
      </TableScroll>
    </section>
  );
}
