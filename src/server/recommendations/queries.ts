import "server-only";
// Reads of the innstilling: the draft for Statsforvalteren and the forum, the adopted one for everyone.
import { can, type Actor } from "@/domain/authorization";
import { db } from "../db";
import { recommendationLanguage } from "./document";
import { contentOf } from "./service";
import { withheldReason } from "../openness/documents";
import { schemeForPage } from "../schemes";

export async function getRecommendationPage(actor: Actor, countySlug: string, year: number, schemeParam?: string | string[]) {
  const county = await db().county.findUnique({ where: { slug: countySlug } });
  if (!county || !can(actor, "recommendation.comment", { countyId: county.id })) return null;
  const picked = await schemeForPage(db(), county.id, schemeParam);
  const schemeId = picked.scheme?.id ?? "";
  const [rec, cases] = await Promise.all([
    db().recommendation.findUnique({
      where: { countyId_schemeId_year: { countyId: county.id, schemeId, year } },
      include: { comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } }, adoptedCase: { select: { number: true, meeting: { select: { startsAt: true } } } } },
    }),
    db().case.findMany({ where: { status: "DECIDED", schemeId, meeting: { forum: { countyId: county.id, regionId: null } } }, orderBy: { meeting: { startsAt: "desc" } }, select: { id: true, number: true, title: true } }),
  ]);
  return { ...picked, county, year, rec, content: rec ? contentOf(rec.content) : null, cases, canManage: can(actor, "recommendation.manage", { countyId: county.id }), language: await recommendationLanguage(county.id) };
}

/** The adopted innstilling of a county's year, for anyone (offentleglova); null while it is a draft. */
export async function getPublishedRecommendation(countySlug: string, year: number, schemeCode?: string) {
  const rec = await db().recommendation.findFirst({
    where: { county: { slug: countySlug }, year, status: "ADOPTED", ...(schemeCode ? { scheme: { code: schemeCode } } : {}) },
    orderBy: { scheme: { position: "asc" } },
    include: { county: true, scheme: { select: { id: true, code: true, position: true } }, adoptedCase: { select: { number: true, meeting: { select: { id: true, startsAt: true } } } } },
  });
  if (!rec) return null;
  const [withheld, language, adopted] = await Promise.all([
    withheldReason(db(), "RECOMMENDATION", rec.id), recommendationLanguage(rec.countyId),
    // The schemes with an adopted innstilling this year, for the page's scheme links (the first is the default).
    db().recommendation.findMany({ where: { countyId: rec.countyId, year, status: "ADOPTED" }, select: { scheme: { select: { id: true, code: true, position: true } } }, orderBy: { scheme: { position: "asc" } } }),
  ]);
  return { rec, content: contentOf(rec.content), withheld, language, scheme: rec.scheme, schemes: adopted.map((a) => a.scheme) };
}
