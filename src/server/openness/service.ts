import "server-only";
// Holding a final document back from the public pages, and releasing it: Statsforvalteren of the county, audited.
import { can } from "@/domain/authorization";
import { isFinal } from "@/domain/openness";
import { errors } from "@/i18n/server-text";
import { opennessText as t } from "@/lib/messages/openness";
import { recordAudit } from "../audit";
import { guarded, refuse } from "../transaction";
import { documentOf } from "./documents";
import { releaseSchema, withholdSchema } from "./schemas";

export const withholdDocument = guarded(withholdSchema, async (tx, actor, input) => {
  const doc = await documentOf(tx, input.kind, input.documentId);
  if (!doc) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: doc.countyId })) throw refuse(errors.forbidden);
  if (!isFinal(input.kind, doc.status)) throw refuse(t.notFinal);
  if (await tx.withheldDocument.findUnique({ where: { kind_documentId: { kind: input.kind, documentId: input.documentId } } })) throw refuse(t.alreadyWithheld);
  const row = await tx.withheldDocument.create({ data: { countyId: doc.countyId, kind: input.kind, documentId: input.documentId, reason: input.reason, withheldById: actor.id } });
  await recordAudit(tx, { actorId: actor.id, action: "document.withhold", entityType: input.kind, entityId: input.documentId, after: { reason: row.reason } });
  return { ok: true as const, message: t.withheld(doc.title) };
});

export const releaseDocument = guarded(releaseSchema, async (tx, actor, input) => {
  const doc = await documentOf(tx, input.kind, input.documentId);
  if (!doc) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: doc.countyId })) throw refuse(errors.forbidden);
  const row = await tx.withheldDocument.findUnique({ where: { kind_documentId: { kind: input.kind, documentId: input.documentId } } });
  if (!row) throw refuse(t.notWithheld);
  await tx.withheldDocument.delete({ where: { id: row.id } });
  await recordAudit(tx, { actorId: actor.id, action: "document.release", entityType: input.kind, entityId: input.documentId, before: { reason: row.reason } });
  return { ok: true as const, message: t.released(doc.title) };
});
