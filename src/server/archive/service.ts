import "server-only";
// What Statsforvalteren does with the archive: configure the county's Noark 5 archive, try a copy again, and mark
// a downloaded package as archived. Each authorizes (county.manage), validates and leaves an audit entry.
import { archiveUrlProblem } from "@/domain/archive";
import { can } from "@/domain/authorization";
import { errors } from "@/i18n/server-text";
import { archiveText as t } from "@/lib/messages/archive";
import { recordAudit } from "../audit";
import { claimVersion, guarded, refuse } from "../transaction";
import { kickArchiveJob } from "./job-kick";
import { configureArchiveSchema, markArchivedSchema, retryArchiveSchema } from "./schemas";

export const configureArchive = guarded(configureArchiveSchema, async (tx, actor, input) => {
  const county = await tx.county.findUnique({ where: { id: input.countyId } });
  if (!county) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: county.id })) throw refuse(errors.forbidden);
  const problem = input.url ? archiveUrlProblem(input.url) : null;
  if (problem) throw refuse(t.urlProblem(problem), { url: [t.urlProblem(problem)] });
  await claimVersion(tx.county, county.id, input.version, t.stale);
  const archiveUrl = input.url || null;
  // An empty token keeps the one saved; no address removes both.
  const archiveToken = archiveUrl ? input.token || county.archiveToken : null;
  await tx.county.update({ where: { id: county.id }, data: { archiveUrl, archiveToken } });
  await recordAudit(tx, {
    actorId: actor.id, action: "archive.configure", entityType: "County", entityId: county.id,
    before: { archiveUrl: county.archiveUrl, token: county.archiveToken ? "lagret" : null },
    after: { archiveUrl, token: archiveToken ? (archiveToken === county.archiveToken ? "lagret" : "ny") : null },
  });
  if (archiveUrl) kickArchiveJob();
  return { ok: true as const, message: t.saved(!!archiveUrl) };
});

export const retryArchiveCopy = guarded(retryArchiveSchema, async (tx, actor, input, now) => {
  const copy = await tx.archiveCopy.findUnique({ where: { id: input.copyId }, select: { id: true, countyId: true, status: true, attempts: true } });
  if (!copy) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: copy.countyId })) throw refuse(errors.forbidden);
  if (copy.status === "DELIVERED") throw refuse(t.notFailed);
  // A copy that had failed gets a full round of attempts again.
  await tx.archiveCopy.update({ where: { id: copy.id }, data: { status: "PENDING", nextAttemptAt: now, ...(copy.status === "FAILED" ? { attempts: 0 } : {}) } });
  await recordAudit(tx, { actorId: actor.id, action: "archive.retry", entityType: "ArchiveCopy", entityId: copy.id, before: { status: copy.status, attempts: copy.attempts } });
  kickArchiveJob();
  return { ok: true as const, message: t.retried };
});

/** Marks the copies of a downloaded package (made up to `upTo`, still waiting) as archived by the operator. */
export const markPackageArchived = guarded(markArchivedSchema, async (tx, actor, input, now) => {
  const county = await tx.county.findUnique({ where: { id: input.countyId } });
  if (!county) throw refuse(errors.notFound);
  if (!can(actor, "county.manage", { countyId: county.id })) throw refuse(errors.forbidden);
  const rows = await tx.archiveCopy.findMany({ where: { countyId: county.id, status: { not: "DELIVERED" }, generatedAt: { not: null, lte: input.upTo } }, select: { id: true } });
  if (rows.length === 0) throw refuse(t.nothingToMark);
  const ids = rows.map((r) => r.id);
  await tx.archiveCopy.updateMany({ where: { id: { in: ids } }, data: { status: "DELIVERED", deliveredAt: now, lockedUntil: null } });
  for (const id of ids) await recordAudit(tx, { actorId: actor.id, action: "archive.package", entityType: "ArchiveCopy", entityId: id, after: { upTo: input.upTo } });
  return { ok: true as const, message: t.marked(ids.length) };
});
