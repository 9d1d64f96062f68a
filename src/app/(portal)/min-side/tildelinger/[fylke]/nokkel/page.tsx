import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/domain/authorization";
import { formatMillionths } from "@/domain/allocation";
import { formatDate } from "@/lib/format";
import { requirePageUser } from "@/server/auth/session";
import { getAllocationYear } from "@/server/allocations/queries";
import { getCountyOverview } from "@/server/structure/queries";
import { KeyForm } from "./_components/key-form";
import { currentOrLatest } from "@/domain/periods";
import { SchemeNav, schemeQuery } from "@/components/scheme-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("allocations"))("keyTitle") };
}

type Props = { params: Promise<{ fylke: string }>; searchParams: Promise<{ periode?: string | string[]; ordning?: string | string[] }> };

export default async function KeyPage({ params, searchParams }: Props) {
  const { fylke } = await params;
  const { periode: chosen, ordning } = await searchParams;
  const user = await requirePageUser(`/min-side/tildelinger/${fylke}/nokkel`);
  const county = await getCountyOverview(fylke);
  // The period asked for, else the one covering this year, else the latest.
  const year = new Date().getFullYear();
  const period = county?.periods.find((p) => p.id === chosen) ?? currentOrLatest(county?.periods ?? [], year);
  if (!county || !period || !can(user, "allocation.manage", { countyId: county.id })) notFound();
  // The period's latest key: the one for its last year (every key applies by then).
  const data = await getAllocationYear(user, fylke, period.endYear, ordning);
  if (!data) notFound();
  const { scheme, schemes } = data;
  const years = Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
  const key = data?.key;
  const t = await getTranslations("allocations");
  const common = await getTranslations("common");
  return (
    <div className="space-y-6 max-w-3xl">
      <nav aria-label={common("breadcrumbs")} className="text-sm">
        <ol className="flex gap-2">
          <li><Link className="ds-link" href={`/min-side/tildelinger/${fylke}${schemeQuery(scheme, schemes)}`}>{t("title")}</Link> /</li>
          <li aria-current="page">{t("keyTitle")}</li>
        </ol>
      </nav>
      <h1 className="ds-heading" data-size="lg">{t("keyHeading", { period: period.name })}</h1>
      <SchemeNav path={`/min-side/tildelinger/${fylke}/nokkel?periode=${period.id}`} schemes={schemes} current={scheme} problem={data.problem} />
      <p className="ds-paragraph">{t("keyIntro")}</p>
      {key && <p className="ds-paragraph">{t("currentKey", { ref: key.decisionRef, date: formatDate(key.decidedOn), year: String(key.fromYear) })}</p>}
      {scheme && <KeyForm
        periodId={period.id}
        schemeId={scheme.id}
        basedOnKeyId={key?.id ?? null}
        years={years}
        defaultFromYear={Math.min(Math.max(year, period.startYear), period.endYear)}
        basis={key?.basis ?? "PERCENT"}
        regions={county.regions.map((r) => {
          const weight = key?.shares.find((s) => s.regionId === r.id)?.weight ?? 0;
          return { id: r.id, name: r.name, share: key?.basis && key.basis !== "PERCENT" ? String(weight) : formatMillionths(weight).replace(/\u00a0%$/, "") };
        })}
      />}
    </div>
  );
}
