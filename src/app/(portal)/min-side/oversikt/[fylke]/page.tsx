import type { Metadata } from "next";
import { msg } from "@/i18n/server-text";
import { SchemeNav } from "@/components/scheme-nav";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableScroll } from "@/components/table-scroll";
import { formatNok } from "@/domain/money";
import { budgetYear } from "@/lib/budget-year";
import { oversightTables, VIEWS, type Cell } from "@/lib/messages/oversight";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/server/auth/session";
import { getOversight } from "@/server/oversight/queries";

type Props = { params: Promise<{ fylke: string }>; searchParams: Promise<{ ar?: string; region?: string; ordning?: string }> };
export async function generateMetadata(): Promise<Metadata> {
  return { title: msg("oversight.title") };
}

const show = (c: Cell) => ("text" in c ? c.text : "ore" in c ? formatNok(c.ore) : c.count === null ? "–" : String(c.count));

export default async function OversightPage({ params, searchParams }: Props) {
  const t = await getTranslations("oversight");
  const { fylke } = await params;
  const { ar, region, ordning } = await searchParams;
  const user = await requirePageUser(`/min-side/oversikt/${fylke}`);
  const year = ar && ar !== "alle" ? budgetYear(ar) : null;
  if (ar && ar !== "alle" && year === null) notFound();
  const data = await getOversight(user, fylke, { year, regionId: typeof region === "string" && region ? region : null, scheme: ordning });
  if (!data) notFound();
  const { county, years } = data;
  const regionName = (id: string) => data.regions.find((r) => r.id === id)?.name ?? "";
  const chosen = typeof region === "string" && region ? data.regions.find((r) => r.id === region) ?? null : null;
  const query = new URLSearchParams({ ...(ar ? { ar } : {}), ...(chosen ? { region: chosen.id } : {}), ...(typeof ordning === "string" && data.scheme ? { ordning: data.scheme.code } : {}) });
  const tables = data.data ? oversightTables(data.data, regionName) : null;
  const max = data.data ? data.data.regions.reduce((m, r) => [r.allocatedNetworkOre, r.plannedNetworkOre, r.paidOre].reduce((a, b) => (b > a ? b : a), m), 1n) : 1n;
  const pct = (ore: bigint) => `${Number((ore * 1000n) / max) / 10}%`;
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/min-side", label: msg("common.mySide") }]} current={t("title")} />
      <h1 className="ds-heading" data-size="lg">{t("heading", { county: county.name })}</h1>
      <SchemeNav path={`/min-side/oversikt/${fylke}`} schemes={data.schemes} current={data.scheme} problem={data.problem} />
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("filters")}>
        <div className="ds-field">
          <label className="ds-label" htmlFor="ov-ar">{t("year")}</label>
          <select id="ov-ar" name="ar" className="ds-input" defaultValue={ar ?? "alle"}>
            {data.current && <option value="alle">{t("wholePeriod", { name: data.current.name })}</option>}
            {county.periods.map((p) => (
              <optgroup key={p.id} label={p.name}>
                {Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i).map((y) => <option key={y} value={String(y)}>{y}</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="ov-region">{t("region")}</label>
          <select id="ov-region" name="region" className="ds-input" defaultValue={chosen?.id ?? ""}>
            {data.regions.length > 1 && <option value="">{t("allRegions")}</option>}
            {data.regions.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">{t("show")}</button>
      </form>
      {!tables ? <p>{t("noPeriod")}</p> : (
        <>
          <p>{t("shown", { years: years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`, region: chosen?.name ?? "none" })} {t("usedNote")}</p>
          <div className="grid gap-6 lg:grid-cols-2 *:min-w-0">
            <figure aria-label={t("chartLabel")} className="space-y-3">
              <div aria-hidden="true" className="space-y-3">
                {data.data!.regions.map((r) => (
                  <div key={r.id}>
                    <div className="text-sm font-semibold">{r.name}</div>
                    {([["allocated", r.allocatedNetworkOre, "var(--ds-color-accent-base-default)"], ["planned", r.plannedNetworkOre, "var(--ds-color-success-base-default)"], ["paid", r.paidOre, "var(--ds-color-neutral-base-default)"]] as const).map(([k, v, color]) => (
                      <div key={k} className="flex items-center gap-2 text-xs">
                        <span className="w-16">{t(`legend.${k}`)}</span>
                        <div className="h-3 rounded-sm" style={{ width: pct(v), background: color }} />
                      </div>
                    ))}
                  </div>
                ))}
              </div>
            </figure>
            <OversightTable caption={tables.region.caption} head={tables.region.head} rows={tables.region.rows} csv={`/min-side/oversikt/${fylke}/csv?visning=region&${query}`} />
          </div>
          {VIEWS.filter((v) => v !== "region").map((v) => (
            <OversightTable key={v} caption={tables[v].caption} head={tables[v].head} rows={tables[v].rows} csv={`/min-side/oversikt/${fylke}/csv?visning=${v}&${query}`} />
          ))}
        </>
      )}
    </div>
  );
}

async function OversightTable({ caption, head, rows, csv }: { caption: string; head: string[]; rows: Cell[][]; csv: string }) {
  const t = await getTranslations("oversight");
  return (
    <section aria-label={caption} className="space-y-2">
      <TableScroll label={caption}>
        <table className="ds-table" data-border="true" data-size="sm">
          <caption className="text-left font-semibold pb-2">{caption}</caption>
          <thead><tr>{head.map((h, i) => <th key={h} scope="col" className={i > 0 && rows[0] && !("text" in rows[0][i]) ? "text-right" : undefined}>{h}</th>)}</tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row" className="font-normal">{show(c)}</th> : <td key={j} className={"text" in c ? undefined : "text-right tabular-nums"}>{show(c)}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p><a className="ds-link" href={csv}>{t("csv", { caption })}</a></p>
    </section>
  );
}
