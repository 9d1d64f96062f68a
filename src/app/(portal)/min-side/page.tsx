import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { needsYearNow } from "@/server/needs/queries";
import { rolesOf } from "@/domain/authorization";
import { forumRules, voteUnitOf } from "@/domain/voting";
import { formatBasisPoints, formatDayOfYear } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getStartPage } from "@/server/structure/queries";
import { getRegionAllocationsForStart } from "@/server/allocations/queries";
import { getDashboard } from "@/server/evaluations/queries";
import { evaluationStatusColor, evaluationStatusLabel } from "@/lib/evaluation-text";
import { deadlineNoticeText } from "@/lib/messages/evaluations";
import { dateIn } from "@/domain/deadline";
import { formatNok } from "@/domain/money";
import { AllocationStatusTag } from "@/components/status-tag";
import { DemoTag } from "@/components/demo-tag";
import { administeredCounties } from "@/server/access/queries";
import { TableScroll } from "@/components/table-scroll";
import { ClientText } from "@/i18n/client-text";
import { CreateGroupForm, type GroupOwner } from "@/components/create-group-form";

/** A new development group, folded away under its summary; the form's text comes from the "groupsNew" catalogue. */
function NewGroup({ summary, id, owners, kinds }: { summary: string; id: string; owners: GroupOwner[]; kinds?: readonly ("SUT" | "SKUT" | "BARNEHAGE")[] }) {
  return (
    <ClientText namespaces={["groupsNew"]}><CreateGroupForm id={id} owners={owners} kinds={kinds} summary={summary} /></ClientText>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("start"))("title") };
}

export default async function StartPage() {
  const user = await requirePageUser("/min-side");
  const roles = rolesOf(user);
  const [{ counties, regions, owners, schools }, dashboard, accessPages] = await Promise.all([getStartPage(user), getDashboard(user), administeredCounties(user)]);
  const regionAllocations = await getRegionAllocationsForStart(user, regions.map((r) => r.id));
  const evaluationRows = dashboard.flatMap((c) => c.rows);
  const has = (r: (typeof roles)[number]) => roles.includes(r);
  const t = await getTranslations("start");
  const roleName = await getTranslations("roles");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="ds-heading" data-size="lg">{t("title")}</h1>
        <p className="ds-paragraph mt-2">
          {t("userLine", { name: user.name, roles: roles.map((r) => roleName(r)).join(", ") })}
        </p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <li><Link className="ds-link" href="/min-side/profil">{t("profile")}</Link></li>
          {has("SYSTEM_ADMIN") && <li><Link className="ds-link" href="/min-side/admin">{t("admin")}</Link></li>}
          {accessPages.map((c) => (
            <li key={c.id}><Link className="ds-link" href={`/min-side/tilgang/${c.slug}`}>{t("access", { county: c.name })}</Link></li>
          ))}
        </ul>
      </div>

      {counties.map((c) => (
        <section key={c.id} aria-labelledby={`fylke-${c.id}`} className="space-y-3">
          <h2 id={`fylke-${c.id}`} className="ds-heading" data-size="md">
            {has("STATSFORVALTER") ? t("yourResponsibility", { forum: c.forumName }) : c.forumName}
          </h2>
          {has("STATSFORVALTER") && (
            <p className="ds-paragraph">
              {t("governorIntro", { county: c.name, share: formatBasisPoints(c.networkShareBasisPoints), deadline: formatDayOfYear(c.reportDeadlineMonth, c.reportDeadlineDay) })}
            </p>
          )}
          {has("FORUM_MEMBER") && !has("STATSFORVALTER") && (
            <p className="ds-paragraph">{t("memberIntro")}</p>
          )}
          {has("STATSFORVALTER") && <p><Link className="ds-link" href={`/min-side/struktur/${c.slug}`}>{t("setup")}</Link></p>}
          {has("STATSFORVALTER") && <p><Link className="ds-link" href={`/min-side/struktur/${c.slug}/perioder`}>{t("periods")}</Link></p>}
          <p><Link className="ds-link" href={`/min-side/tildelinger/${c.slug}`}>{has("STATSFORVALTER") ? t("allocationsGovernor") : t("allocations")}</Link></p>
          <p><Link className="ds-link" href={`/min-side/behov/${c.slug}/${needsYearNow(c)}`}>{t("needsRead")}</Link></p>
          <p><Link className="ds-link" href={`/min-side/oversikt/${c.slug}`}>{t("oversight")}</Link></p>
          {(has("STATSFORVALTER") || has("FORUM_MEMBER")) && <p><Link className="ds-link" href={`/min-side/innstilling/${c.slug}/${dateIn(new Date(), c.timeZone).year}`}>{t("recommendation")}</Link></p>}
          <p><Link className="ds-link" href="/min-side/evalueringer">{has("STATSFORVALTER") ? t("evaluationsGovernor") : t("evaluations")}</Link></p>
          <TableScroll label={t("regions")}>
            <table className="ds-table" data-border="true">
              <caption className="text-left font-semibold pb-2">{t("regionsCaption", { count: c.regions.length })}</caption>
              <thead><tr><th scope="col">{t("region")}</th><th scope="col">{t("coordinatedBy")}</th><th scope="col" className="text-right">{t("owners")}</th><th scope="col">{t("plan")}</th></tr></thead>
              <tbody>
                {c.regions.map((r) => (
                  <tr key={r.id}>
                    <td><Link className="ds-link" href={`/fylker/${c.slug}/regioner/${r.slug}`}>{r.name}</Link><DemoTag show={r.isDemo} /></td>
                    <td>{r.coordinator}</td>
                    <td className="text-right">{r._count.owners}</td>
                    <td><Link className="ds-link" href={`/min-side/planer/${c.slug}/${r.slug}`}>{t("planLink")}<span className="sr-only"> {r.name}</span></Link></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}

      {regions.map((r) => {
        const seat = r.forums.flatMap((f) => f.members.map((m) => ({ forum: f, member: m })))[0];
        return (
          <section key={r.id} aria-labelledby={`region-${r.id}`} className="space-y-3">
            <h2 id={`region-${r.id}`} className="ds-heading" data-size="md">
              {t("regionHeading", { region: r.name })}
            </h2>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/fylker/${r.county.slug}/regioner/${r.slug}`}>{t("seeRegion")}</Link>
            </p>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/min-side/planer/${r.county.slug}/${r.slug}`}>{t("planLink")}</Link>
            </p>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/min-side/nettverk/${r.county.slug}/${r.slug}`}>{t("networksRegion")}</Link>
            </p>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/min-side/behov/${r.county.slug}/${needsYearNow(r.county)}`}>{t("needsRead")}</Link>
            </p>
            {(has("SKOLEUTVIKLER") || has("UH_PARTNER")) && (
              <p className="ds-paragraph">
                <Link className="ds-link" href={`/min-side/oversikt/${r.county.slug}?region=${r.id}`}>{t("oversight")}</Link>
              </p>
            )}
            {seat && (
              <div className="ds-card" data-variant="tinted">
                <h3 className="ds-heading" data-size="xs">{t("seat", { forum: seat.forum.name })}</h3>
                <p className="mt-1"><Link className="ds-link" href="/moter">{t("meetings")}</Link></p>
                <p className="mt-1">
                  {t("seatLine", { title: seat.member.title, organisation: seat.member.organisation })}{" "}
                  {seat.member.position === "LEDER" && <>{t("leader")} </>}
                  {voteUnitOf(seat.member, forumRules(seat.forum))
                    ? seat.member.kind === "KOMMUNE" ? t("municipalVote") : t("vote")
                    : t("speak")}
                </p>
              </div>
            )}
            {has("SKOLEUTVIKLER") && (
              <div>
                <h3 className="ds-heading" data-size="xs">{t("groups")}</h3>
                <ul className="prose-list mt-1">
                  {r.owners.flatMap((o) => o.groups).map((g) => (
                    <li key={g.id}><Link className="ds-link" href={`/min-side/grupper/${g.id}`}>{t("editGroup", { group: g.name })}</Link></li>
                  ))}
                </ul>
                <NewGroup summary={t("newGroup")} id={`gruppe-${r.id}`} owners={r.owners} />
              </div>
            )}
            {evaluationRows.filter((row) => row.region.id === r.id).map((row) => (
              <div key={row.region.id} className="ds-card" data-variant="tinted">
                <h3 className="ds-heading" data-size="xs">{t("yearlyEvaluation")}</h3>
                <ul className="mt-1 space-y-1">
                  {row.cells.slice(0, 2).map((c) => (
                    <li key={c.year}>
                      <Link className="ds-link" href={`/min-side/evalueringer/${r.slug}/${c.year}`}>{t("report", { year: String(c.year) })}</Link>{" "}
                      <span className="ds-tag" data-size="sm" data-color={evaluationStatusColor[c.status]}>{evaluationStatusLabel[c.status]}</span>
                      {c.notice?.code === "DUE_SOON" && <> – {deadlineNoticeText.DUE_SOON.short(c.notice.days)}</>}
                      {c.notice?.code === "OVERDUE" && <> – <strong>{deadlineNoticeText.OVERDUE.short}</strong></>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {regionAllocations.some((a) => a.regionId === r.id) && (
              <TableScroll label={t("allocationTo", { region: r.name })}>
                <table className="ds-table" data-border="true">
                  <caption className="text-left font-semibold pb-2">{t("allocationTo", { region: r.name })}</caption>
                  <thead><tr><th scope="col">{t("year")}</th><th scope="col" className="text-right">{t("network")}</th><th scope="col" className="text-right">{t("uh")}</th><th scope="col">{t("status")}</th></tr></thead>
                  <tbody>
                    {regionAllocations.filter((a) => a.regionId === r.id).map((a) => (
                      <tr key={a.id}>
                        <th scope="row" className="font-normal"><Link className="ds-link" href={`/min-side/tildelinger/${a.region.county.slug}/${a.grant.year}/${a.region.slug}`}>{a.grant.year}</Link></th>
                        <td className="text-right tabular-nums">{formatNok(a.networkOre)}</td>
                        <td className="text-right tabular-nums">{formatNok(a.uhOre)}</td>
                        <td><AllocationStatusTag status={a.status} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            {(has("SKOLEUTVIKLER") || has("UH_PARTNER")) && (
              <div className="grid gap-4 md:grid-cols-2">
                <div>
                  <h3 className="ds-heading" data-size="xs">{t("networks")}</h3>
                  <ul className="prose-list mt-1">
                    {r.networks.map((n) => <li key={n.id}>{t("networkLine", { name: n.name, count: n._count.participants, uh: String(n.schemeId !== null) })}</li>)}
                  </ul>
                </div>
                <div>
                  <h3 className="ds-heading" data-size="xs">{t("plans")}</h3>
                  <ul className="prose-list mt-1">
                    {r.plans.map((p) => (
                      <li key={p.id}>
                        <Link className="ds-link" href={`/min-side/planer/${r.county.slug}/${r.slug}?periode=${p.period.startYear}`}>{p.period.name}</Link>{" "}
                        {t("planLine", { status: t(`planStatus.${p.status}`), goals: p.goals.length, measures: p.goals.reduce((n, g) => n + g._count.measures, 0) })}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            )}
          </section>
        );
      })}

      {[...owners.map((o) => ({ id: o.id, title: o.name, sub: `${o.region.name}`, groups: o.groups, groupOwner: o, kinds: ["SUT", "SKUT", "BARNEHAGE"] as const, egenandel: o.latestGrantYear ? `/min-side/tildelinger/${o.region.county.slug}/${o.latestGrantYear}/${o.region.slug}` : null, networks: `/min-side/nettverk/${o.region.county.slug}/${o.region.slug}`, needs: `/min-side/behov/${o.region.county.slug}/${needsYearNow(o.region.county)}` })),
        ...schools.map((s) => ({ id: s.id, title: t("school", { name: s.name }), sub: `${s.owner.name}`, groups: s.groups, groupOwner: { id: s.owner.id, name: s.owner.name, schools: [{ id: s.id, name: s.name }], kindergartens: [] }, kinds: ["SKUT"] as const, egenandel: null, networks: `/min-side/nettverk/${s.owner.region.county.slug}/${s.owner.region.slug}`, needs: null }))].map((unit) => (
        <section key={unit.id} aria-labelledby={`enhet-${unit.id}`} className="space-y-2">
          <h2 id={`enhet-${unit.id}`} className="ds-heading" data-size="md">{unit.title}</h2>
          <p className="ds-paragraph">{t("unitIntro", { sub: unit.sub })}</p>
          {unit.egenandel && (
            <p><Link className="ds-link" href={unit.egenandel}>{t("egenandel")}</Link></p>
          )}
          <p><Link className="ds-link" href={unit.networks}>{t("networksUnit")}</Link></p>
          {unit.needs && <p><Link className="ds-link" href={unit.needs}>{t("needs")}</Link></p>}
          <ul className="prose-list">
            {unit.groups.map((g) => (
              <li key={g.id}>
                <Link className="ds-link" href={`/min-side/grupper/${g.id}`}>{g.name}</Link> {t("members", { count: g._count.members })}
              </li>
            ))}
          </ul>
          <NewGroup summary={t("newGroup")} id={`gruppe-${unit.id}`} owners={[unit.groupOwner]} kinds={unit.kinds} />
        </section>
      ))}
    </div>
  );
}
