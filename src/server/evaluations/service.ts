// The yearly evaluation: autosaved fields with per-field conflict detection, who else is editing,
// submission by the server's deadline, review, extensions and the forum's conclusion. Each function
// authorizes, validates with zod and writes with its audit entry in one transaction.
import { can, type Actor } from "@/domain/authorization";
import { checkSubmission, dateIn, toExtension } from "@/domain/deadline";
import { isEditable } from "@/domain/evaluation";
import { formatDate } from "@/lib/format";
import { errors, msg } from "@/i18n/server-text";
import { invalid, type ActionResult } from "../action-result";
import { startReport, submissionRefusal } from "@/lib/messages/evaluations";
import { recordAudit } from "../audit";
import { guardedUpload } from "../uploads";
import { id } from "../form-fields";
import type { Db } from "../prisma-client";
import { claimVersion, refusable, refuse, type Tx, guarded, withoutNul } from "../transaction";
import { requireCountyScheme } from "../schemes";
import { schemeName } from "@/lib/messages/schemes";
import { conclusionSchema, evaluationRefSchema, extensionSchema, returnSchema, saveFieldSchema, startEvaluationSchema } from "./schemas";
import { recordArchiveCopy } from "../archive/record";

const locked = () => msg("evaluation.messages.locked");

async function loadEvaluation(tx: Tx, id: string) {
  const e = await tx.evaluation.findUnique({ where: { id }, include: { region: { include: { county: true } }, measures: true } });
  if (!e) throw refuse(errors.notFound);
  return { e, scope: { countyId: e.region.countyId, regionId: e.regionId } };
}

/**
 * Starts the region's report for a budget year as an empty draft: a POST by the skoleutvikler, never a
 * page view. Only for a year a strategy period covers and that has begun; a second start changes nothing.
 */
export const startEvaluation = guarded(startEvaluationSchema, async (tx, actor, { regionId, schemeId, year }, now) => {
  const region = await tx.region.findUnique({ where: { id: regionId } });
  if (!region) throw refuse(errors.notFound);
  if (!can(actor, "evaluation.edit", { countyId: region.countyId, regionId })) throw refuse(errors.forbidden);
  const period = await tx.strategyPeriod.findFirst({ where: { countyId: region.countyId, startYear: { lte: year }, endYear: { gte: year } } });
  if (!period) throw refuse(startReport.noPeriod(year));
  await requireCountyScheme(tx, region.countyId, schemeId);
  if (year > dateIn(now).year) throw refuse(startReport.future(year));
  // Two starts at once (a double click, two tabs): the second waits here and finds the first one's draft.
  await tx.$queryRaw`SELECT id FROM "Region" WHERE id = ${region.id} FOR UPDATE`;
  const existing = await tx.evaluation.findUnique({ where: { regionId_year_schemeId: { regionId, year, schemeId } } });
  if (existing) return { ok: true as const, message: startReport.started(year), data: { evaluationId: existing.id } };
  const created = await tx.evaluation.create({ data: { regionId, schemeId, year } });
  await recordAudit(tx, { actorId: actor.id, action: "evaluation.create", entityType: "Evaluation", entityId: created.id, after: { regionId, schemeId, year } });
  return { ok: true as const, message: startReport.started(year), data: { evaluationId: created.id } };
});

export type SaveResult = ActionResult<{ version: number; savedAt: string }> | { ok: false; message: string; conflict: { current: string; by: string | null } };

/**
 * Saves one field. If the field changed on the server since this editor last saw it (someone else saved
 * it), nothing is written and the editor gets the other text and who wrote it: no silent overwrite.
 */
export async function saveField(db: Db, actor: Actor | null, raw: unknown, now = new Date()): Promise<SaveResult> {
  if (!actor) return { ok: false, message: errors.notSignedIn };
  const parsed = saveFieldSchema.safeParse(withoutNul(raw));
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  const { evaluationId, field, base, value } = parsed.data;
  return refusable(() =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Evaluation" WHERE id = ${evaluationId} FOR UPDATE`;
      const { e, scope } = await loadEvaluation(tx, evaluationId);
      if (!can(actor, "evaluation.edit", scope)) throw refuse(errors.forbidden);
      if (!isEditable(e.status)) throw refuse(locked());
      const [, measureId, dimension] = field.startsWith("measure:") ? field.split(":") : [];
      let current: string;
      if (measureId) {
        const measure = await tx.measure.findFirst({ where: { id: measureId, goal: { regionId: e.regionId } } });
        if (!measure) throw refuse(msg("evaluation.messages.measureNotInPlan"));
        const row = e.measures.find((m) => m.measureId === measureId);
        current = row ? row[dimension as "effect" | "process" | "structure"] : "";
      } else {
        current = e[field as "effect" | "process" | "structure" | "moneyUse" | "participation"];
      }
      if (current !== base) {
        const by = e.lastEditedById ? (await tx.user.findUnique({ where: { id: e.lastEditedById } }))?.name ?? null : null;
        return { ok: false as const, message: msg("evaluation.messages.conflict", { by: by ?? "none" }), conflict: { current, by } };
      }
      if (current === value) return { ok: true as const, message: msg("evaluation.messages.saved"), data: { version: e.version, savedAt: now.toISOString() } };
      if (measureId) {
        await tx.evaluationMeasure.upsert({
          where: { evaluationId_measureId: { evaluationId, measureId } },
          create: { evaluationId, measureId, [dimension]: value },
          update: { [dimension]: value },
        });
      }
      const updated = await tx.evaluation.update({
        where: { id: evaluationId },
        data: { ...(measureId ? {} : { [field]: value }), version: { increment: 1 }, lastEditedById: actor.id, lastEditedAt: now },
      });
      await recordAudit(tx, { actorId: actor.id, action: "evaluation.edit", entityType: "Evaluation", entityId: evaluationId, before: { field, value: current }, after: { field, value } });
      return { ok: true as const, message: msg("evaluation.messages.saved"), data: { version: updated.version, savedAt: now.toISOString() } };
    }),
  );
}

/** Marks the user as having the report open and returns the others who have it open now. */
export async function heartbeat(db: Db, actor: Actor | null, evaluationId: string, now = new Date()): Promise<string[]> {
  if (!actor || !/^[a-z0-9]{20,40}$/i.test(evaluationId)) return [];
  const e = await db.evaluation.findUnique({ where: { id: evaluationId }, include: { region: true } });
  if (!e || !can(actor, "evaluation.read", { countyId: e.region.countyId, regionId: e.regionId })) return [];
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  await db.evaluationEditor.upsert({
    where: { evaluationId_userId: { evaluationId, userId: actor.id } },
    create: { evaluationId, userId: actor.id, userName: user.name, seenAt: now },
    update: { seenAt: now },
  });
  const others = await db.evaluationEditor.findMany({ where: { evaluationId, userId: { not: actor.id }, seenAt: { gte: new Date(now.getTime() - 45_000) } } });
  return others.map((o) => o.userName);
}

export const submitEvaluation = guarded(evaluationRefSchema, async (tx, actor, input, now) => {
  const { e, scope } = await loadEvaluation(tx, input.evaluationId);
  if (!can(actor, "evaluation.edit", scope)) throw refuse(errors.forbidden);
  if (!isEditable(e.status)) throw refuse(locked());
  const extension = await tx.deadlineExtension.findUnique({ where: { regionId_year_schemeId: { regionId: e.regionId, year: e.year, schemeId: e.schemeId } } });
  const check = checkSubmission(now, e.year, { month: e.region.county.reportDeadlineMonth, day: e.region.county.reportDeadlineDay, timeZone: e.region.county.timeZone }, toExtension(extension));
  if (!check.ok) throw refuse(submissionRefusal(check.code));
  if (!e.effect.trim() || !e.process.trim() || !e.structure.trim()) throw refuse(msg("evaluation.messages.fillRequired"));
  await claimVersion(tx.evaluation, e.id, input.version, msg("evaluation.messages.staleSubmit"));
  await tx.evaluation.update({ where: { id: e.id }, data: { status: "SUBMITTED", submittedAt: now, submittedLate: check.late, returnComment: null } });
  await recordAudit(tx, { actorId: actor.id, action: "evaluation.submit", entityType: "Evaluation", entityId: e.id, before: { status: e.status }, after: { status: "SUBMITTED", late: check.late } });
  return { ok: true as const, message: check.late ? msg("evaluation.messages.submittedLate") : msg("evaluation.messages.submitted") };
});

async function review(db: Db, actor: Actor | null, raw: unknown, schema: typeof evaluationRefSchema | typeof returnSchema, to: "RETURNED" | "ACCEPTED"): Promise<ActionResult> {
  if (!actor) return { ok: false, message: errors.notSignedIn };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data as { evaluationId: string; version: number; comment?: string };
  return refusable(() =>
    db.$transaction(async (tx) => {
      const { e, scope } = await loadEvaluation(tx, input.evaluationId);
      if (!can(actor, "evaluation.review", scope)) throw refuse(errors.forbidden);
      if (e.status !== "SUBMITTED") throw refuse(msg("evaluation.messages.onlySubmitted"));
      await claimVersion(tx.evaluation, e.id, input.version, errors.staleReport);
      await tx.evaluation.update({ where: { id: e.id }, data: { status: to, returnComment: to === "RETURNED" ? input.comment : null } });
      await recordAudit(tx, { actorId: actor.id, action: to === "RETURNED" ? "evaluation.return" : "evaluation.accept", entityType: "Evaluation", entityId: e.id, before: { status: e.status }, after: { status: to, comment: input.comment } });
      if (to === "ACCEPTED") await recordArchiveCopy(tx, { countyId: e.region.countyId, kind: "EVALUATION", sourceId: e.id, decidedAt: new Date(), schemeId: e.schemeId });
      return { ok: true as const, message: to === "RETURNED" ? msg("evaluation.messages.returned", { region: e.region.name }) : msg("evaluation.messages.accepted", { region: e.region.name }) };
    }),
  );
}
export const returnEvaluation = (db: Db, actor: Actor | null, raw: unknown) => review(db, actor, raw, returnSchema, "RETURNED");
export const acceptEvaluation = (db: Db, actor: Actor | null, raw: unknown) => review(db, actor, raw, evaluationRefSchema, "ACCEPTED");

export const grantExtension = guarded(extensionSchema, async (tx, actor, input) => {
  const region = await tx.region.findUnique({ where: { id: input.regionId } });
  if (!region) throw refuse(errors.notFound);
  if (!can(actor, "evaluation.review", { countyId: region.countyId, regionId: region.id })) throw refuse(errors.forbidden);
  const scheme = await requireCountyScheme(tx, region.countyId, input.schemeId);
  const key = { regionId: region.id, year: input.year, schemeId: input.schemeId };
  const before = await tx.deadlineExtension.findUnique({ where: { regionId_year_schemeId: key } });
  await tx.deadlineExtension.upsert({
    where: { regionId_year_schemeId: key },
    create: { ...key, until: input.until, reason: input.reason },
    update: { until: input.until, reason: input.reason },
  });
  await recordAudit(tx, { actorId: actor.id, action: "evaluation.extension", entityType: "Region", entityId: region.id, before, after: { year: input.year, schemeId: input.schemeId, until: input.until.toISOString().slice(0, 10), reason: input.reason } });
  return { ok: true as const, message: msg("evaluation.messages.extensionGranted", { region: region.name, until: formatDate(input.until), scheme: schemeName(scheme.code), year: String(input.year) }) };
});

export const recordConclusion = guarded(conclusionSchema, async (tx, actor, input) => {
  if (!can(actor, "evaluation.review", { countyId: input.countyId })) throw refuse(errors.forbidden);
  const scheme = await requireCountyScheme(tx, input.countyId, input.schemeId);
  const key = { countyId: input.countyId, year: input.year, schemeId: input.schemeId };
  const before = await tx.forumConclusion.findUnique({ where: { countyId_year_schemeId: key } });
  const row = await tx.forumConclusion.upsert({
    where: { countyId_year_schemeId: key },
    create: input, update: { adjustStrategy: input.adjustStrategy, reasoning: input.reasoning },
  });
  await recordAudit(tx, { actorId: actor.id, action: "evaluation.conclusion", entityType: "County", entityId: input.countyId, before, after: row });
  return { ok: true as const, message: msg("evaluation.conclusion.recorded", { scheme: schemeName(scheme.code), year: String(input.year) }) };
});

/** Attaches a file to an editable report. The file is checked by its content and size (src/domain/attachment.ts). */
export const addAttachment = (db: Db, actor: Actor | null, input: { evaluationId: string; filename: string; bytes: Uint8Array }) =>
  guardedUpload(db, actor, { ...input, targetId: input.evaluationId }, async (tx, actor, file) => {
      const { e, scope } = await loadEvaluation(tx, input.evaluationId);
      if (!can(actor, "evaluation.edit", scope)) throw refuse(errors.forbidden);
      if (!isEditable(e.status)) throw refuse(locked());
      const row = await tx.evaluationAttachment.create({
        data: { evaluationId: e.id, filename: file.filename, mimeType: file.mime, size: file.bytes.length, data: Buffer.from(file.bytes), uploadedById: actor.id },
        select: { id: true, filename: true, size: true, mimeType: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "evaluation.attach", entityType: "Evaluation", entityId: e.id, after: row });
      return { ok: true as const, message: msg("attachments.added", { filename: row.filename }) };
  });

export async function removeAttachment(db: Db, actor: Actor | null, attachmentId: string): Promise<ActionResult> {
  if (!actor) return { ok: false, message: errors.notSignedIn };
  if (!id.safeParse(attachmentId).success) return { ok: false, message: errors.notFound };
  return refusable(() =>
    db.$transaction(async (tx) => {
      const a = await tx.evaluationAttachment.findUnique({ where: { id: attachmentId }, select: { id: true, evaluationId: true, filename: true, size: true } });
      if (!a) throw refuse(errors.notFound);
      const { e, scope } = await loadEvaluation(tx, a.evaluationId);
      if (!can(actor, "evaluation.edit", scope)) throw refuse(errors.forbidden);
      if (!isEditable(e.status)) throw refuse(locked());
      await tx.evaluationAttachment.delete({ where: { id: a.id } });
      await recordAudit(tx, { actorId: actor.id, action: "evaluation.detach", entityType: "Evaluation", entityId: e.id, before: a });
      return { ok: true as const, message: msg("attachments.removed", { filename: a.filename }) };
    }),
  );
}
