import "server-only";
// The behovsmelding's writes. The owner's user writes and submits (needs.report, in the owner's scope); the
// deadline is checked on the server's clock (src/domain/needs.ts); Statsforvalteren grants extensions.
import { requireCountyScheme } from "../schemes";
import { schemeName } from "@/lib/messages/schemes";
import { can, type Actor } from "@/domain/authorization";
import { toExtension } from "@/domain/deadline";
import { needsDeadline, needsLineProblem, needsOpenProblem, needsSettingOf } from "@/domain/needs";
import { errors } from "@/i18n/server-text";
import { formatDate } from "@/lib/format";
import { needsProblemText, needsText } from "@/lib/messages/needs";
import { recordAudit } from "../audit";
import { claimVersion, guarded, refuse, type Tx } from "../transaction";
import { needsExtensionSchema, needsLineSchema, removeNeedsLineSchema, submitNeedsSchema } from "./schemas";

/** The owner, its county's deadline for the year (with any extension) and its behovsmelding, if the actor may write it. */
async function ownerFor(tx: Tx, actor: Actor, schoolOwnerId: string, year: number, schemeId: string) {
  const owner = await tx.schoolOwner.findUnique({ where: { id: schoolOwnerId }, include: { region: { include: { county: true } } } });
  if (!owner) throw refuse(errors.notFound);
  if (!can(actor, "needs.report", { countyId: owner.region.countyId, regionId: owner.regionId, schoolOwnerId: owner.id })) throw refuse(errors.forbidden);
  const county = owner.region.county;
  const extension = await tx.needsExtension.findUnique({ where: { schoolOwnerId_year_schemeId: { schoolOwnerId: owner.id, year, schemeId } } });
  const deadline = needsDeadline(year, needsSettingOf(county), toExtension(extension));
  return { owner, county, deadline };
}

/** Claims the behovsmelding as read (version), or creates it when the owner had none (version 0). */
async function claimReport(tx: Tx, schoolOwnerId: string, schemeId: string, year: number, version: number) {
  const report = await tx.needsReport.findUnique({ where: { schoolOwnerId_year_schemeId: { schoolOwnerId, year, schemeId } } });
  if (!report) {
    if (version !== 0) throw refuse(needsText.stale);
    return tx.needsReport.create({ data: { schoolOwnerId, schemeId, year } });
  }
  await claimVersion(tx.needsReport, report.id, version, needsText.stale);
  return report;
}

export const saveNeedsLine = guarded(needsLineSchema, async (tx, actor, input, now) => {
  const { owner, county, deadline } = await ownerFor(tx, actor, input.schoolOwnerId, input.year, input.schemeId);
  await requireCountyScheme(tx, county.id, input.schemeId);
  const report = await claimReport(tx, owner.id, input.schemeId, input.year, input.version);
  const open = needsOpenProblem(now, report.status, deadline);
  if (open) throw refuse(needsProblemText(open));
  // The county's satsingsområder of the period covering the year, or the region's current ones.
  const area = await tx.priorityArea.findFirst({
    where: { id: input.priorityAreaId, OR: [{ period: { countyId: county.id, startYear: { lte: input.year }, endYear: { gte: input.year } } }, { regionId: owner.regionId, replacedAt: null }] },
  });
  if (!area) throw refuse(needsText.unknownArea, { priorityAreaId: [needsText.unknownArea] });
  const years = needsLineProblem(input.year, input.fromYear, input.toYear);
  if (years) throw refuse(needsProblemText(years), { toYear: [needsProblemText(years)] });
  const line = await tx.needsLine.create({
    data: { reportId: report.id, priorityAreaId: area.id, targetGroup: input.targetGroup, staffCount: input.staffCount, measureKind: input.measureKind, uhPartner: input.uhPartner ?? null, fromYear: input.fromYear, toYear: input.toYear },
  });
  await recordAudit(tx, { actorId: actor.id, action: "needs.line.add", entityType: "NeedsReport", entityId: report.id, after: { ...line, area: area.title } });
  return { ok: true as const, message: needsText.lineSaved };
});

export const removeNeedsLine = guarded(removeNeedsLineSchema, async (tx, actor, input, now) => {
  const line = await tx.needsLine.findUnique({ where: { id: input.lineId }, include: { report: true } });
  if (!line) throw refuse(errors.notFound);
  const { deadline } = await ownerFor(tx, actor, line.report.schoolOwnerId, line.report.year, line.report.schemeId);
  await claimVersion(tx.needsReport, line.reportId, input.version, needsText.stale);
  const open = needsOpenProblem(now, line.report.status, deadline);
  if (open) throw refuse(needsProblemText(open));
  await tx.needsLine.delete({ where: { id: line.id } });
  await recordAudit(tx, { actorId: actor.id, action: "needs.line.remove", entityType: "NeedsReport", entityId: line.reportId, before: line });
  return { ok: true as const, message: needsText.lineRemoved };
});

export const submitNeeds = guarded(submitNeedsSchema, async (tx, actor, input, now) => {
  const { owner, deadline } = await ownerFor(tx, actor, input.schoolOwnerId, input.year, input.schemeId);
  const report = await tx.needsReport.findUnique({ where: { schoolOwnerId_year_schemeId: { schoolOwnerId: owner.id, year: input.year, schemeId: input.schemeId } }, include: { _count: { select: { lines: true } } } });
  if (!report || report._count.lines === 0) throw refuse(needsProblemText({ code: "no-lines" }));
  await claimVersion(tx.needsReport, report.id, input.version, needsText.stale);
  const open = needsOpenProblem(now, report.status, deadline);
  if (open) throw refuse(needsProblemText(open));
  await tx.needsReport.update({ where: { id: report.id }, data: { status: "SUBMITTED", submittedAt: now, submittedById: actor.id } });
  await recordAudit(tx, { actorId: actor.id, action: "needs.submit", entityType: "NeedsReport", entityId: report.id, before: { status: report.status }, after: { status: "SUBMITTED", lines: report._count.lines } });
  return { ok: true as const, message: needsText.submitted(owner.name, input.year) };
});

export const grantNeedsExtension = guarded(needsExtensionSchema, async (tx, actor, input, now) => {
  const owner = await tx.schoolOwner.findUnique({ where: { id: input.schoolOwnerId }, include: { region: { include: { county: true } } } });
  if (!owner) throw refuse(errors.notFound);
  if (!can(actor, "needs.extend", { countyId: owner.region.countyId, regionId: owner.regionId, schoolOwnerId: owner.id })) throw refuse(errors.forbidden);
  const county = owner.region.county;
  const scheme = await requireCountyScheme(tx, county.id, input.schemeId);
  const base = needsDeadline(input.year, needsSettingOf(county), null);
  const until = needsDeadline(input.year, needsSettingOf(county), toExtension(input));
  if (until <= base || until <= now) throw refuse(needsText.extensionBeforeDeadline, { until: [needsText.extensionBeforeDeadline] });
  const key = { schoolOwnerId: owner.id, year: input.year, schemeId: scheme.id };
  const before = await tx.needsExtension.findUnique({ where: { schoolOwnerId_year_schemeId: key } });
  const row = await tx.needsExtension.upsert({
    where: { schoolOwnerId_year_schemeId: key },
    create: { ...key, until: input.until, reason: input.reason, grantedById: actor.id },
    update: { until: input.until, reason: input.reason, grantedById: actor.id },
  });
  await recordAudit(tx, { actorId: actor.id, action: "needs.extend", entityType: "SchoolOwner", entityId: owner.id, before, after: row });
  return { ok: true as const, message: needsText.extended(owner.name, schemeName(scheme.code), formatDate(input.until)) };
});
