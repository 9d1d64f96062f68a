import "server-only";
// The innstilling's writes: Statsforvalteren assembles (and re-assembles) the draft and edits its text, the forum
// comments, and the adoption by a decided case of the Samarbeidsforum publishes it. Each write authorizes in the
// county, validates, and writes with its audit entry in one transaction.
import { can } from "@/domain/authorization";
import { fromJson, toJson } from "@/domain/recommendation";
import { errors } from "@/i18n/server-text";
import { recommendationText as t } from "@/lib/messages/recommendations";
import { recordAudit } from "../audit";
import { claimVersion, guarded, refuse } from "../transaction";
import { gatherRecommendation } from "./assemble";
import { adoptRecommendationSchema, assembleSchema, commentSchema, textSchema } from "./schemas";
import { recordArchiveCopy } from "../archive/record";
import { requireCaseOfScheme, requireCountyScheme } from "../schemes";

export type RecommendationContent = { assembled: unknown; assembledAt: string; intro: string; notes: Record<string, string> };
export const contentOf = (c: unknown) => {
  const x = c as RecommendationContent;
  return { ...x, assembled: fromJson(x.assembled) };
};

export const assembleRecommendationDraft = guarded(assembleSchema, async (tx, actor, input, now) => {
  const county = await tx.county.findUnique({ where: { id: input.countyId } });
  if (!county) throw refuse(errors.notFound);
  if (!can(actor, "recommendation.manage", { countyId: county.id })) throw refuse(errors.forbidden);
  await requireCountyScheme(tx, county.id, input.schemeId);
  const existing = await tx.recommendation.findUnique({ where: { countyId_schemeId_year: { countyId: county.id, schemeId: input.schemeId, year: input.year } } });
  if (existing) {
    await claimVersion(tx.recommendation, existing.id, input.version, t.stale);
    if (existing.status === "ADOPTED") throw refuse(t.alreadyAdopted);
  } else if (input.version !== 0) throw refuse(t.stale);
  const assembled = await gatherRecommendation(tx, county.id, input.schemeId, input.year);
  const previous = existing ? (existing.content as RecommendationContent) : null;
  const content: RecommendationContent = { assembled: toJson(assembled), assembledAt: now.toISOString(), intro: previous?.intro ?? "", notes: previous?.notes ?? {} };
  const row = existing
    ? await tx.recommendation.update({ where: { id: existing.id }, data: { content: content as object } })
    : await tx.recommendation.create({ data: { countyId: county.id, schemeId: input.schemeId, year: input.year, content: content as object } });
  await recordAudit(tx, { actorId: actor.id, action: existing ? "recommendation.reassemble" : "recommendation.assemble", entityType: "Recommendation", entityId: row.id, after: { year: input.year, totals: assembled.totals } });
  return { ok: true as const, message: t.assembled(input.year) };
});

export const saveRecommendationText = guarded(textSchema, async (tx, actor, input) => {
  const rec = await tx.recommendation.findUnique({ where: { id: input.recommendationId } });
  if (!rec) throw refuse(errors.notFound);
  if (!can(actor, "recommendation.manage", { countyId: rec.countyId })) throw refuse(errors.forbidden);
  await claimVersion(tx.recommendation, rec.id, input.version, t.stale);
  if (rec.status === "ADOPTED") throw refuse(t.alreadyAdopted);
  const content = rec.content as RecommendationContent;
  const regionIds = new Set(fromJson(content.assembled).regions.map((r) => r.id));
  const notes = Object.fromEntries(Object.entries(input.notes).filter(([k, v]) => regionIds.has(k) && v));
  await tx.recommendation.update({ where: { id: rec.id }, data: { content: { ...content, intro: input.intro, notes } as object } });
  await recordAudit(tx, { actorId: actor.id, action: "recommendation.text", entityType: "Recommendation", entityId: rec.id, before: { intro: content.intro, notes: content.notes }, after: { intro: input.intro, notes } });
  return { ok: true as const, message: t.textSaved };
});

export const commentRecommendation = guarded(commentSchema, async (tx, actor, input) => {
  const rec = await tx.recommendation.findUnique({ where: { id: input.recommendationId } });
  if (!rec) throw refuse(errors.notFound);
  if (!can(actor, "recommendation.comment", { countyId: rec.countyId })) throw refuse(errors.forbidden);
  if (rec.status === "ADOPTED") throw refuse(t.alreadyAdopted);
  const row = await tx.recommendationComment.create({ data: { recommendationId: rec.id, authorId: actor.id, text: input.text } });
  await recordAudit(tx, { actorId: actor.id, action: "recommendation.comment", entityType: "Recommendation", entityId: rec.id, after: { commentId: row.id, text: input.text } });
  return { ok: true as const, message: t.commented };
});

export const adoptRecommendation = guarded(adoptRecommendationSchema, async (tx, actor, input, now) => {
  const rec = await tx.recommendation.findUnique({ where: { id: input.recommendationId }, include: { scheme: true } });
  if (!rec) throw refuse(errors.notFound);
  if (!can(actor, "recommendation.manage", { countyId: rec.countyId })) throw refuse(errors.forbidden);
  await claimVersion(tx.recommendation, rec.id, input.version, t.stale);
  if (rec.status === "ADOPTED") throw refuse(t.alreadyAdopted);
  const decided = await tx.case.findUnique({ where: { id: input.caseId }, include: { meeting: { include: { forum: true } }, scheme: true } });
  if (!decided || decided.meeting.forum.countyId !== rec.countyId || decided.meeting.forum.regionId !== null) throw refuse(t.caseNotForum, { caseId: [t.caseNotForum] });
  requireCaseOfScheme(decided.scheme, rec.scheme);
  if (decided.status !== "DECIDED") throw refuse(t.caseNotDecided, { caseId: [t.caseNotDecided] });
  const other = await tx.recommendation.findUnique({ where: { adoptedCaseId: decided.id } });
  if (other) throw refuse(t.caseUsed(other.year), { caseId: [t.caseUsed(other.year)] });
  await tx.recommendation.update({ where: { id: rec.id }, data: { status: "ADOPTED", adoptedCaseId: decided.id, adoptedAt: now } });
  await recordArchiveCopy(tx, { countyId: rec.countyId, kind: "RECOMMENDATION", sourceId: rec.id, decidedAt: now, schemeId: rec.schemeId });
  await recordAudit(tx, { actorId: actor.id, action: "recommendation.adopt", entityType: "Recommendation", entityId: rec.id, before: { status: rec.status }, after: { status: "ADOPTED", caseId: decided.id, caseNumber: decided.number } });
  return { ok: true as const, message: t.adopted(rec.year, decided.number) };
});
