import "server-only";
// The final documents of a county and what the public may see of each (src/domain/openness.ts).
import { type DocumentKind } from "@/domain/openness";
import { opennessText as t } from "@/lib/messages/openness";
import type { Tx } from "../transaction";
import type { Db } from "../prisma-client";

type Reader = Tx | Db;

/** The document's county, status and title, or null when it does not exist. */
export async function documentOf(db: Reader, kind: DocumentKind, id: string) {
  if (kind === "EVALUATION") {
    const e = await db.evaluation.findUnique({ where: { id }, include: { region: true } });
    return e && { countyId: e.region.countyId, status: e.status as string, title: t.evaluationTitle(e.region.name, e.year) };
  }
  if (kind === "PLAN") {
    const p = await db.regionPlan.findUnique({ where: { id }, include: { region: true, period: true } });
    return p && { countyId: p.region.countyId, status: p.status as string, title: t.planTitle(p.region.name, p.period.name) };
  }
  const r = await db.recommendation.findUnique({ where: { id } });
  return r && { countyId: r.countyId, status: r.status as string, title: t.recommendationTitle(r.year) };
}

/** Why a document is held back from the public, or null when it is not. */
export async function withheldReason(db: Reader, kind: DocumentKind, id: string): Promise<string | null> {
  return (await db.withheldDocument.findUnique({ where: { kind_documentId: { kind, documentId: id } } }))?.reason ?? null;
}
