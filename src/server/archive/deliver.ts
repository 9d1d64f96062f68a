import "server-only";
// Delivers archive copies to the county's Noark 5 archive: claims the copies that are due (one instance per copy,
// SKIP LOCKED), files each, and on failure schedules the next attempt with backoff (domain/archive.ts). A copy
// whose county has no archive configured waits for an operator's package. The decision itself never waits for this.
import { archiveFileName, errorLine, nextAttemptAt } from "@/domain/archive";
import { recordAudit } from "../audit";
import type { Db } from "../prisma-client";
import { archiveText as t } from "@/lib/messages/archive";
import { makeArchiveCopy } from "./generate";
import { fileCopy, type Progress } from "./noark5";

const LOCK_MS = 5 * 60_000;

export type ArchiveRun = { made: number; delivered: string[]; retrying: string[]; failed: string[] };

async function deliverOne(db: Db, id: string, now: Date, run: ArchiveRun, timeoutMs?: number): Promise<void> {
  const c = await db.archiveCopy.findUnique({ where: { id }, include: { county: { select: { archiveUrl: true, archiveToken: true } } } });
  if (!c || c.status !== "PENDING" || !c.pdf || !c.county.archiveUrl) return;
  const progress: Progress = { registreringUrl: c.registreringUrl, partsPosted: c.partsPosted, dokumentbeskrivelseUrl: c.dokumentbeskrivelseUrl, dokumentobjektUrl: c.dokumentobjektUrl };
  try {
    await fileCopy({ url: c.county.archiveUrl, token: c.county.archiveToken, timeoutMs }, {
      id: c.id, title: c.title ?? "", documentDate: c.documentDate ?? c.decidedAt, sender: c.sender ?? "", recipient: c.recipient, caseNumber: c.caseNumber,
      belongsTo: c.belongsTo ?? "", fileName: archiveFileName(c.kind, c.decidedAt, c.id), pdf: c.pdf, sha256: c.sha256 ?? "",
    }, progress, async (step) => { await db.archiveCopy.update({ where: { id }, data: step }); });
    await db.$transaction(async (tx) => {
      await tx.archiveCopy.update({ where: { id }, data: { status: "DELIVERED", deliveredAt: new Date(), attempts: { increment: 1 }, lockedUntil: null, lastError: null } });
      await recordAudit(tx, { actorId: null, action: "archive.delivered", entityType: "ArchiveCopy", entityId: id, after: { registreringUrl: progress.registreringUrl, attempts: c.attempts + 1 } });
    });
    run.delivered.push(id);
  } catch (e) {
    const attempts = c.attempts + 1;
    const next = nextAttemptAt(attempts, now);
    const lastError = errorLine(e instanceof Error ? e.message : String(e));
    await db.$transaction(async (tx) => {
      await tx.archiveCopy.update({ where: { id }, data: { attempts, lastError, lockedUntil: null, ...(next ? { nextAttemptAt: next } : { status: "FAILED" }) } });
      if (!next) await recordAudit(tx, { actorId: null, action: "archive.failed", entityType: "ArchiveCopy", entityId: id, after: { attempts, lastError } });
    });
    (next ? run.retrying : run.failed).push(id);
  }
}

/** One run: makes the copies not yet made, then delivers those due. Safe on several instances at once. */
export async function runArchive(db: Db, now = new Date(), { limit = 20, timeoutMs }: { limit?: number; timeoutMs?: number } = {}): Promise<ArchiveRun> {
  const run: ArchiveRun = { made: 0, delivered: [], retrying: [], failed: [] };
  // A copy whose decided thing is gone cannot be made: it is marked failed (an operator sees why and can try
  // again), so it does not hold the queue's first places on every run.
  const unmade = await db.archiveCopy.findMany({ where: { generatedAt: null, status: "PENDING" }, select: { id: true }, orderBy: { createdAt: "asc" }, take: limit });
  for (const { id } of unmade) {
    if (await makeArchiveCopy(db, id, now)) { run.made++; continue; }
    await db.archiveCopy.update({ where: { id }, data: { status: "FAILED", lastError: t.sourceGone } });
    run.failed.push(id);
  }
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "ArchiveCopy" SET "lockedUntil" = ${new Date(now.getTime() + LOCK_MS)}
    WHERE "id" IN (
      SELECT c."id" FROM "ArchiveCopy" c JOIN "County" k ON k."id" = c."countyId"
      WHERE c."status" = 'PENDING' AND c."generatedAt" IS NOT NULL AND c."nextAttemptAt" <= ${now}
        AND (c."lockedUntil" IS NULL OR c."lockedUntil" < ${now}) AND k."archiveUrl" IS NOT NULL
      ORDER BY c."nextAttemptAt" LIMIT ${limit}
      FOR UPDATE OF c SKIP LOCKED)
    RETURNING "id"`;
  for (const { id } of claimed) await deliverOne(db, id, now, run, timeoutMs);
  return run;
}
