import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoTag } from "@/components/demo-tag";
import { formatDate } from "@/lib/format";
import { schemeName } from "@/lib/messages/schemes";
import type { RegionDetails } from "@/server/structure/queries";

/**
 * The region's networks with this year's and later gatherings, and a link (`allPath`) to every one (null: all are
 * shown). A network in the scheme is run with the region's UH partner (`partner`).
 */
export async function NetworksSection({ networks, partner, allPath }: { networks: RegionDetails["networks"]; partner: string; allPath: string | null }) {
  if (networks.length === 0) return null;
  const t = await getTranslations("publicRegion.networks");
  return (
    <section aria-labelledby="nettverk" className="space-y-3">
      <h2 id="nettverk" className="ds-heading" data-size="md">{t("heading")}</h2>
      <div className="grid gap-4 md:grid-cols-2">
        {networks.map((n) => (
          <article key={n.id} className="ds-card">
            <h3 className="ds-heading" data-size="xs">
              {n.name}{" "}
              <span className="ds-tag" data-size="sm" data-color={n.scheme ? "success" : "neutral"}>
                {n.scheme ? (partner ? t("inScheme", { partner, scheme: schemeName(n.scheme.code) }) : t("inSchemeNoPartner", { scheme: schemeName(n.scheme.code) })) : t("regional")}
              </span>
            </h3>
            <dl className="text-sm mt-2 space-y-1">
              <div><dt className="inline font-semibold">{t("targetGroup")}</dt><dd className="inline">{n.targetGroup}</dd></div>
              <div><dt className="inline font-semibold">{t("rhythm")}</dt><dd className="inline">{n.rhythm}</dd></div>
              <div>
                <dt className="inline font-semibold">{t("participants")}</dt>
                <dd className="inline">
                  {n.participants.length ? n.participants.map((p) => p.school?.name ?? p.label).join(", ") : t("noParticipants")}
                </dd>
              </div>
            </dl>
            <ul className="prose-list mt-2 text-sm">{n.goals.map((g) => <li key={g}>{g}</li>)}</ul>
            {allPath && n._count.gatherings > 0 && <p className="mt-3 text-sm">{t("earlier", { count: n._count.gatherings })} <Link className="ds-link" href={allPath}>{t("all")}</Link></p>}
            {n.gatherings.map((g) => (
              <div key={g.id} className="mt-3 text-sm">
                <p className="font-semibold">
                  {t("gathering", { title: g.title, date: formatDate(g.startsAt), days: g.days, place: g.place })}<DemoTag show={g.isDemo} />
                </p>
                <ol className="num-list">
                  <li>{t("faglige", { text: g.faglige ?? "" })}</li>
                  <li>{t("innblikk", { text: g.innblikk ?? "" })}</li>
                  <li>{t("erfaring", { text: g.erfaring ?? "" })}</li>
                  <li>{t("veienVidere", { text: g.veienVidere ?? "" })}</li>
                </ol>
              </div>
            ))}
          </article>
        ))}
      </div>
    </section>
  );
}
