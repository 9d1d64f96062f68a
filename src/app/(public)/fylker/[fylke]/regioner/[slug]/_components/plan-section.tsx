import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/table-scroll";
import { formatNok } from "@/domain/money";
import { totalsByYear } from "@/domain/plan";
import { formatDate } from "@/lib/format";
import type { RegionDetails } from "@/server/structure/queries";

type Plan = NonNullable<RegionDetails["plan"]>;

/** An adopted plan as anyone may read it (offentleglova): mål, tiltak, what they serve and the money per year. */
async function AdoptedPlan({ plan }: { plan: Plan }) {
  const t = await getTranslations("publicRegion.plan");
  const measures = plan.goals.flatMap((g) => g.measures);
  const totals = [...totalsByYear(measures)].sort((a, b) => a[0] - b[0]);
  return (
    <article aria-labelledby={`plan-${plan.id}`} className="space-y-4">
      <h3 id={`plan-${plan.id}`} className="ds-heading" data-size="sm">{plan.period.name}</h3>
      <p>
        {plan.adoptedCase
          ? <>{t("adoptedIn", { number: plan.adoptedCase.number, date: formatDate(plan.adoptedCase.meeting.startsAt) })} (<Link className="ds-link" href={`/moter/${plan.adoptedCase.meeting.id}/protokoll`}>{t("minutes")}</Link>)</>
          : t("adoptedBefore")}
      </p>
      {plan.goals.map((g) => (
        <div key={g.id}>
          <h4 className="ds-heading" data-size="xs">{t("goal", { number: String(g.number) })}</h4>
          <p className="ds-paragraph">{g.title}</p>
          <ul className="mt-2 space-y-1">
            {g.measures.map((m) => (
              <li key={m.id}>
                <strong>{t("measure", { number: String(m.number) })}:</strong> {m.title}
                {m.network && <span className="text-sm"> ({t("network")}: {m.network.name})</span>}
                {m.schools.length > 0 && <span className="text-sm"> ({m.schools.map((s) => s.name).join(", ")})</span>}
                {m.startYear && m.endYear && <span className="text-sm"> {m.startYear}–{m.endYear}</span>}
                {m.priorityAreas.length > 0 && <span className="block text-sm">{t("areas")}: {m.priorityAreas.map((a) => a.title).join("; ")}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {totals.length > 0 && (
        <TableScroll label={t("budgetCaption", { period: plan.period.name })}>
          <table className="ds-table" data-size="sm">
            <caption className="text-left font-semibold">{t("budgetCaption", { period: plan.period.name })}</caption>
            <thead><tr><th scope="col">{t("year")}</th><th scope="col" className="text-right">{t("networkMoney")}</th><th scope="col" className="text-right">{t("uh")}</th><th scope="col" className="text-right">{t("coFinancing")}</th></tr></thead>
            <tbody>
              {totals.map(([year, s]) => (
                <tr key={year}><th scope="row">{year}</th><td className="text-right tabular-nums">{formatNok(s.networkOre)}</td><td className="text-right tabular-nums">{formatNok(s.uhOre)}</td><td className="text-right tabular-nums">{formatNok(s.coFinancingOre)}</td></tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </article>
  );
}

export async function PlanSection({ plan, plans, regionPath, criteria, withheld }: Pick<RegionDetails, "plan" | "plans" | "criteria"> & { regionPath: string; withheld: Map<string, string> }) {
  if (!plan && criteria.length === 0) return null;
  const others = plans.filter((p) => p.id !== plan?.id);
  const audiences = [...new Set(criteria.map((c) => c.audience))];
  const [t, o] = await Promise.all([getTranslations("publicRegion.plan"), getTranslations("openness")]);
  return (
    <section aria-labelledby="plan" className="space-y-4">
      <h2 id="plan" className="ds-heading" data-size="md">{t("heading")}</h2>
      {plan && (withheld.has(plan.id)
        ? <article aria-label={plan.period.name}><h3 className="ds-heading" data-size="sm">{plan.period.name}</h3><p className="ds-alert" data-color="info">{o("withheldNotice", { reason: withheld.get(plan.id)! })}</p></article>
        : <AdoptedPlan plan={plan} />)}
      {others.length > 0 && (
        <nav aria-label={t("otherPlans")}>
          <p className="font-semibold">{t("otherPlans")}</p>
          <ul className="prose-list">
            {others.map((p) => <li key={p.id}><Link className="ds-link" href={`${regionPath}?plan=${p.period.startYear}#plan`}>{p.period.name}</Link></li>)}
          </ul>
        </nav>
      )}
      {audiences.length > 0 && (
        <div>
          <h3 className="ds-heading" data-size="xs">{t("criteria")}</h3>
          {audiences.map((a) => (
            <div key={a} className="mt-2">
              <p className="font-semibold">{t(a)}</p>
              <ul className="prose-list">
                {criteria.filter((c) => c.audience === a).map((c) => <li key={c.id}>{c.text}</li>)}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
