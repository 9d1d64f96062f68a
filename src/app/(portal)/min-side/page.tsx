import type { Metadata } from "next";
import Link from "next/link";
import { networkLinkText } from "@/lib/messages/networks";
import { needsText } from "@/lib/messages/needs";
import { recommendationText } from "@/lib/messages/recommendations";
import { oversightText } from "@/lib/messages/oversight";
import { needsYearNow } from "@/server/needs/queries";
import { planLinkText, planStartText, planStatusLabel } from "@/lib/messages/plans";
import { rolesOf } from "@/domain/authorization";
import { forumRules, voteUnitOf } from "@/domain/voting";
import { formatBasisPoints, formatDayOfYear } from "@/lib/format";
import { roleLabel } from "@/lib/messages";
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

export const metadata: Metadata = { title: "Min side" };

export default async function StartPage() {
  const user = await requirePageUser("/min-side");
  const roles = rolesOf(user);
  const [{ counties, regions, owners, schools }, dashboard, accessPages] = await Promise.all([getStartPage(user), getDashboard(user), administeredCounties(user)]);
  const regionAllocations = await getRegionAllocationsForStart(user, regions.map((r) => r.id));
  const evaluationRows = dashboard.flatMap((c) => c.rows);
  const has = (r: (typeof roles)[number]) => roles.includes(r);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="ds-heading" data-size="lg">Min side</h1>
        <p className="ds-paragraph mt-2">
          {user.name} · {roles.map((r) => roleLabel[r]).join(", ")}
        </p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <li><Link className="ds-link" href="/min-side/profil">Min profil, roller og innlogginger</Link></li>
          {has("SYSTEM_ADMIN") && <li><Link className="ds-link" href="/min-side/admin">Administrasjon av installasjonen: fylker og systemadministratorer</Link></li>}
          {accessPages.map((c) => (
            <li key={c.id}><Link className="ds-link" href={`/min-side/tilgang/${c.slug}`}>Brukere og tilgang – {c.name}</Link></li>
          ))}
        </ul>
      </div>

      {counties.map((c) => (
        <section key={c.id} aria-labelledby={`fylke-${c.id}`} className="space-y-3">
          <h2 id={`fylke-${c.id}`} className="ds-heading" data-size="md">
            {has("STATSFORVALTER") ? `Ditt ansvar: ${c.forumName}` : c.forumName}
          </h2>
          {has("STATSFORVALTER") && (
            <p className="ds-paragraph">
              Som Statsforvalteren fastsetter du tildelinger, godkjenner fordelingen og tar den endelige beslutningen
              når forumet ikke blir enig. Innstillinger for {c.name}: inntil {formatBasisPoints(c.networkShareBasisPoints)} til
              nettverkene, rapportfrist {formatDayOfYear(c.reportDeadlineMonth, c.reportDeadlineDay)}.
            </p>
          )}
          {has("FORUM_MEMBER") && !has("STATSFORVALTER") && (
            <p className="ds-paragraph">
              Som medlem av samarbeidsforumet leser du tildelinger og evalueringer fra regionene og tar del i forumets beslutninger.
            </p>
          )}
          {has("STATSFORVALTER") && <p><Link className="ds-link" href={`/min-side/struktur/${c.slug}`}>Oppsett av fylket: sjekkliste, innstillinger og regioner</Link></p>}
          {has("STATSFORVALTER") && <p><Link className="ds-link" href={`/min-side/struktur/${c.slug}/perioder`}>Strategiperioder</Link></p>}
          <p><Link className="ds-link" href={`/min-side/tildelinger/${c.slug}`}>{has("STATSFORVALTER") ? "Tildelinger: registrer, fordel og godkjenn" : "Tildelinger"}</Link></p>
          <p><Link className="ds-link" href={`/min-side/behov/${c.slug}/${needsYearNow(c)}`}>{needsText.linkRead}</Link></p>
          <p><Link className="ds-link" href={`/min-side/oversikt/${c.slug}`}>{oversightText.link}</Link></p>
          {(has("STATSFORVALTER") || has("FORUM_MEMBER")) && <p><Link className="ds-link" href={`/min-side/innstilling/${c.slug}/${dateIn(new Date(), c.timeZone).year}`}>{recommendationText.link}</Link></p>}
          <p><Link className="ds-link" href="/min-side/evalueringer">{has("STATSFORVALTER") ? "Evalueringer: oversikt, behandling og frister" : "Evalueringer fra regionene"}</Link></p>
          <TableScroll label="Kompetanseregioner">
            <table className="ds-table" data-border="true">
              <caption className="text-left font-semibold pb-2">Kompetanseregioner ({c.regions.length})</caption>
              <thead><tr><th scope="col">Region</th><th scope="col">Koordinert av</th><th scope="col" className="text-right">Skoleeiere</th><th scope="col">Plan</th></tr></thead>
              <tbody>
                {c.regions.map((r) => (
                  <tr key={r.id}>
                    <td><Link className="ds-link" href={`/fylker/${c.slug}/regioner/${r.slug}`}>{r.name}</Link><DemoTag show={r.isDemo} /></td>
                    <td>{r.coordinator}</td>
                    <td className="text-right">{r._count.owners}</td>
                    <td><Link className="ds-link" href={`/min-side/planer/${c.slug}/${r.slug}`}>{planLinkText}<span className="sr-only"> {r.name}</span></Link></td>
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
              Kompetanseregion {r.name}
            </h2>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/fylker/${r.county.slug}/regioner/${r.slug}`}>Se hele regionen</Link>
            </p>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/min-side/planer/${r.county.slug}/${r.slug}`}>{planLinkText}</Link>
            </p>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/min-side/nettverk/${r.county.slug}/${r.slug}`}>{networkLinkText.region}</Link>
            </p>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/min-side/behov/${r.county.slug}/${needsYearNow(r.county)}`}>{needsText.linkRead}</Link>
            </p>
            {(has("SKOLEUTVIKLER") || has("UH_PARTNER")) && (
              <p className="ds-paragraph">
                <Link className="ds-link" href={`/min-side/oversikt/${r.county.slug}?region=${r.id}`}>{oversightText.link}</Link>
              </p>
            )}
            {seat && (
              <div className="ds-card" data-variant="tinted">
                <h3 className="ds-heading" data-size="xs">Din plass i {seat.forum.name}</h3>
                <p className="mt-1"><Link className="ds-link" href="/moter">Møter, saker og avstemninger</Link></p>
                <p className="mt-1">
                  {seat.member.title}, {seat.member.organisation}.{" "}
                  {seat.member.position === "LEDER" && "Du er leder og har dobbeltstemme ved stemmelikhet. "}
                  {voteUnitOf(seat.member, forumRules(seat.forum))
                    ? seat.member.kind === "KOMMUNE" ? "Du kan avgi kommunens stemme; den siste stemmen som avgis for kommunen, teller." : "Du har stemmerett."
                    : "Du har talerett, ikke stemmerett."}
                </p>
              </div>
            )}
            {has("SKOLEUTVIKLER") && (
              <div>
                <h3 className="ds-heading" data-size="xs">Skoleeiernes utviklingsgrupper (SUT) du følger opp</h3>
                <ul className="prose-list mt-1">
                  {r.owners.flatMap((o) => o.groups).map((g) => (
                    <li key={g.id}><Link className="ds-link" href={`/min-side/grupper/${g.id}`}>Rediger {g.name}</Link></li>
                  ))}
                </ul>
              </div>
            )}
            {evaluationRows.filter((row) => row.region.id === r.id).map((row) => (
              <div key={row.region.id} className="ds-card" data-variant="tinted">
                <h3 className="ds-heading" data-size="xs">Årlig evaluering</h3>
                <ul className="mt-1 space-y-1">
                  {row.cells.slice(0, 2).map((c) => (
                    <li key={c.year}>
                      <Link className="ds-link" href={`/min-side/evalueringer/${r.slug}/${c.year}`}>Rapport {c.year}</Link>{" "}
                      <span className="ds-tag" data-size="sm" data-color={evaluationStatusColor[c.status]}>{evaluationStatusLabel[c.status]}</span>
                      {c.notice?.code === "DUE_SOON" && <> – {deadlineNoticeText.DUE_SOON.short(c.notice.days)}</>}
                      {c.notice?.code === "OVERDUE" && <> – <strong>{deadlineNoticeText.OVERDUE.short}</strong></>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {regionAllocations.some((a) => a.regionId === r.id) && (
              <TableScroll label={`Tildeling til ${r.name}`}>
                <table className="ds-table" data-border="true">
                  <caption className="text-left font-semibold pb-2">Tildeling til {r.name}</caption>
                  <thead><tr><th scope="col">År</th><th scope="col" className="text-right">Nettverk</th><th scope="col" className="text-right">UH</th><th scope="col">Status</th></tr></thead>
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
                  <h3 className="ds-heading" data-size="xs">Nettverk</h3>
                  <ul className="prose-list mt-1">
                    {r.networks.map((n) => <li key={n.id}>{n.name} ({n._count.participants} skoler){n.inDekom ? ", i partnerskap med UH" : ""}</li>)}
                  </ul>
                </div>
                <div>
                  <h3 className="ds-heading" data-size="xs">{planStartText.heading}</h3>
                  <ul className="prose-list mt-1">
                    {r.plans.map((p) => (
                      <li key={p.id}>
                        <Link className="ds-link" href={`/min-side/planer/${r.county.slug}/${r.slug}?periode=${p.period.startYear}`}>{p.period.name}</Link>{" "}
                        ({planStatusLabel[p.status].toLowerCase()}): {planStartText.counts(p.goals.length, p.goals.reduce((n, g) => n + g._count.measures, 0))}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            )}
          </section>
        );
      })}

      {[...owners.map((o) => ({ id: o.id, title: o.name, sub: `${o.region.name}`, groups: o.groups, egenandel: o.latestGrantYear ? `/min-side/tildelinger/${o.region.county.slug}/${o.latestGrantYear}/${o.region.slug}` : null, networks: `/min-side/nettverk/${o.region.county.slug}/${o.region.slug}`, needs: `/min-side/behov/${o.region.county.slug}/${needsYearNow(o.region.county)}` })),
        ...schools.map((s) => ({ id: s.id, title: `${s.name} skole`, sub: `${s.owner.name}`, groups: s.groups, egenandel: null, networks: `/min-side/nettverk/${s.owner.region.county.slug}/${s.owner.region.slug}`, needs: null }))].map((unit) => (
        <section key={unit.id} aria-labelledby={`enhet-${unit.id}`} className="space-y-2">
          <h2 id={`enhet-${unit.id}`} className="ds-heading" data-size="md">{unit.title}</h2>
          <p className="ds-paragraph">{unit.sub}. Du holder utviklingsgruppene under oppdatert:</p>
          {unit.egenandel && (
            <p><Link className="ds-link" href={unit.egenandel}>Egenandel: registrer og se hva som mangler</Link></p>
          )}
          <p><Link className="ds-link" href={unit.networks}>{networkLinkText.unit}</Link></p>
          {unit.needs && <p><Link className="ds-link" href={unit.needs}>{needsText.link}</Link></p>}
          <ul className="prose-list">
            {unit.groups.map((g) => (
              <li key={g.id}>
                <Link className="ds-link" href={`/min-side/grupper/${g.id}`}>{g.name}</Link> ({g._count.members} medlemmer)
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
