import "server-only";
// Reads of openness: the county's final documents with their public state (for Statsforvalteren), and an accepted
// evaluation as the public reads it.
import { can, type Actor } from "@/domain/authorization";
import { opennessText as t } from "@/lib/messages/openness";
import { db } from "../db";
import { withheldReason } from "./documents";

export async function getOpenness(actor: Actor, countySlug: string) {
  const county = await db().county.findUnique({ where: { slug: countySlug } });
  if (!county || !can(actor, "county.manage", { countyId: county.id })) return null;
  const [evaluations, plans, recs, withheld] = await Promise.all([
    db().evaluation.findMany({ where: { status: "ACCEPTED", region: { countyId: county.id } }, orderBy: [{ year: "desc" }, { region: { name: "asc" } }], include: { region: true } }),
    db().regionPlan.findMany({ where: { status: "ADOPTED", region: { countyId: county.id } }, orderBy: [{ region: { name: "asc" } }], include: { region: true, period: true } }),
    db().recommendation.findMany({ where: { status: "ADOPTED", countyId: county.id }, orderBy: { year: "desc" } }),
    db().withheldDocument.findMany({ where: { countyId: county.id } }),
  ]);
  const reason = (kind: string, id: string) => withheld.find((w) => w.kind === kind && w.documentId === id)?.reason ?? null;
  const documents = [
    ...recs.map((r) => ({ kind: "RECOMMENDATION" as const, id: r.id, title: t.recommendationTitle(r.year), href: `/fylker/${county.slug}/innstilling/${r.year}` })),
    ...plans.map((p) => ({ kind: "PLAN" as const, id: p.id, title: t.planTitle(p.region.name, p.period.name), href: `/fylker/${county.slug}/regioner/${p.region.slug}` })),
    ...evaluations.map((e) => ({ kind: "EVALUATION" as const, id: e.id, title: t.evaluationTitle(e.region.name, e.year), href: `/fylker/${county.slug}/evalueringer/${e.region.slug}/${e.year}` })),
  ].map((d) => ({ ...d, withheld: reason(d.kind, d.id) }));
  return { county, documents };
}

/** An accepted evaluation as anyone may read it, or why it is held back; null when there is none. */
export async function getPublicEvaluation(countySlug: string, regionSlug: string, year: number) {
  const region = await db().region.findFirst({ where: { slug: regionSlug, county: { slug: countySlug } }, include: { county: true } });
  if (!region) return null;
  const evaluation = await db().evaluation.findFirst({ where: { regionId: region.id, year, status: "ACCEPTED" }, include: { measures: { include: { measure: { include: { goal: true } } } } } });
  if (!evaluation) return null;
  return { region, evaluation, withheld: await withheldReason(db(), "EVALUATION", evaluation.id) };
}

/** The years of a region's accepted evaluations that are public (for links on the region's page). */
export async function publicEvaluationYears(regionId: string) {
  const rows = await db().evaluation.findMany({ where: { regionId, status: "ACCEPTED" }, orderBy: { year: "desc" }, select: { id: true, year: true } });
  const held = new Set((await db().withheldDocument.findMany({ where: { kind: "EVALUATION", documentId: { in: rows.map((r) => r.id) } } })).map((w) => w.documentId));
  return rows.filter((r) => !held.has(r.id)).map((r) => r.year);
}

/** Which of these documents are held back, with the reason. */
export async function withheldOf(kind: "EVALUATION" | "PLAN" | "RECOMMENDATION", ids: string[]) {
  const rows = await db().withheldDocument.findMany({ where: { kind, documentId: { in: ids } } });
  return new Map(rows.map((r) => [r.documentId, r.reason]));
}
