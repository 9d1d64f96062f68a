-- migrate:up
-- DropIndex
DROP INDEX "DeadlineExtension_regionId_year_key";

-- DropIndex
DROP INDEX "ForumConclusion_countyId_year_key";

-- DropIndex
DROP INDEX "NeedsExtension_schoolOwnerId_year_key";

-- A network that was part of DEKOM is DEKOM's; one outside it belongs to no scheme.
ALTER TABLE "Network" ADD COLUMN "schemeId" TEXT;
UPDATE "Network" SET "schemeId" = 'dekom' WHERE "inDekom";
ALTER TABLE "Network" DROP COLUMN "inDekom";

-- Every extension and conclusion so far was DEKOM's (the only scheme with reports before REKOM came in).
ALTER TABLE "DeadlineExtension" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "DeadlineExtension" ALTER COLUMN "schemeId" DROP DEFAULT;
ALTER TABLE "ForumConclusion" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "ForumConclusion" ALTER COLUMN "schemeId" DROP DEFAULT;
ALTER TABLE "NeedsExtension" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "NeedsExtension" ALTER COLUMN "schemeId" DROP DEFAULT;

-- Copies already made keep the scheme of what they record (minutes stay without one).
ALTER TABLE "ArchiveCopy" ADD COLUMN "schemeId" TEXT;
UPDATE "ArchiveCopy" c SET "schemeId" = a."schemeId" FROM "Allocation" a WHERE c."kind" = 'ALLOCATION' AND a."id" = c."sourceId";
UPDATE "ArchiveCopy" c SET "schemeId" = e."schemeId" FROM "Evaluation" e WHERE c."kind" = 'EVALUATION' AND e."id" = c."sourceId";
UPDATE "ArchiveCopy" c SET "schemeId" = r."schemeId" FROM "Recommendation" r WHERE c."kind" = 'RECOMMENDATION' AND r."id" = c."sourceId";

-- CreateIndex
CREATE INDEX "Network_schemeId_idx" ON "Network"("schemeId");

-- CreateIndex
CREATE INDEX "DeadlineExtension_schemeId_idx" ON "DeadlineExtension"("schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineExtension_regionId_year_schemeId_key" ON "DeadlineExtension"("regionId", "year", "schemeId");

-- CreateIndex
CREATE INDEX "ForumConclusion_schemeId_idx" ON "ForumConclusion"("schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumConclusion_countyId_year_schemeId_key" ON "ForumConclusion"("countyId", "year", "schemeId");

-- CreateIndex
CREATE INDEX "NeedsExtension_schemeId_idx" ON "NeedsExtension"("schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsExtension_schoolOwnerId_year_schemeId_key" ON "NeedsExtension"("schoolOwnerId", "year", "schemeId");

-- CreateIndex
CREATE INDEX "ArchiveCopy_schemeId_idx" ON "ArchiveCopy"("schemeId");

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumConclusion" ADD CONSTRAINT "ForumConclusion_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsExtension" ADD CONSTRAINT "NeedsExtension_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveCopy" ADD CONSTRAINT "ArchiveCopy_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Reminders are now per scheme (their keys name it); those already sent were DEKOM's and keep their place, so
-- none is sent again.
UPDATE "ReminderSent" SET "key" = regexp_replace("key", '^frist:(.+):(\d+):(\d+)$', 'frist:\1:dekom:\2:\3') WHERE "key" ~ '^frist:.+:\d+:\d+$';
UPDATE "ReminderSent" SET "key" = regexp_replace("key", '^mangler:([^:]+):(\d+)$', 'mangler:\1:dekom:\2') WHERE "key" ~ '^mangler:[^:]+:\d+$';


-- migrate:down
-- The reminder keys go back to the pattern without a scheme (DEKOM's; the other schemes' are dropped).
DELETE FROM "ReminderSent" WHERE "key" ~ '^(frist:.+|mangler:[^:]+):[a-z0-9-]+:\d+(:\d+)?$' AND "key" !~ ':dekom:\d+(:\d+)?$';
UPDATE "ReminderSent" SET "key" = regexp_replace("key", ':dekom:(\d+)', ':\1') WHERE "key" ~ ':dekom:\d+(:\d+)?$';

-- DropForeignKey
ALTER TABLE "Network" DROP CONSTRAINT "Network_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "DeadlineExtension" DROP CONSTRAINT "DeadlineExtension_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "ForumConclusion" DROP CONSTRAINT "ForumConclusion_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "NeedsExtension" DROP CONSTRAINT "NeedsExtension_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "ArchiveCopy" DROP CONSTRAINT "ArchiveCopy_schemeId_fkey";

-- DropIndex
DROP INDEX "Network_schemeId_idx";

-- DropIndex
DROP INDEX "DeadlineExtension_schemeId_idx";

-- DropIndex
DROP INDEX "DeadlineExtension_regionId_year_schemeId_key";

-- DropIndex
DROP INDEX "ForumConclusion_schemeId_idx";

-- DropIndex
DROP INDEX "ForumConclusion_countyId_year_schemeId_key";

-- DropIndex
DROP INDEX "NeedsExtension_schemeId_idx";

-- DropIndex
DROP INDEX "NeedsExtension_schoolOwnerId_year_schemeId_key";

-- DropIndex
DROP INDEX "ArchiveCopy_schemeId_idx";

-- AlterTable
ALTER TABLE "Network" ADD COLUMN "inDekom" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Network" SET "inDekom" = true WHERE "schemeId" IS NOT NULL;
ALTER TABLE "Network" ALTER COLUMN "inDekom" DROP DEFAULT;
ALTER TABLE "Network" DROP COLUMN "schemeId";

-- Going back keeps DEKOM's extensions and conclusions only (the old keys hold one per year).
DELETE FROM "DeadlineExtension" WHERE "schemeId" <> 'dekom';
DELETE FROM "ForumConclusion" WHERE "schemeId" <> 'dekom';
DELETE FROM "NeedsExtension" WHERE "schemeId" <> 'dekom';

-- AlterTable
ALTER TABLE "DeadlineExtension" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "ForumConclusion" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "NeedsExtension" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "ArchiveCopy" DROP COLUMN "schemeId";

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineExtension_regionId_year_key" ON "DeadlineExtension"("regionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ForumConclusion_countyId_year_key" ON "ForumConclusion"("countyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsExtension_schoolOwnerId_year_key" ON "NeedsExtension"("schoolOwnerId", "year");

