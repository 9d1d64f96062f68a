-- migrate:up
-- CreateEnum
CREATE TYPE "ArchiveKind" AS ENUM ('ALLOCATION', 'MINUTES', 'EVALUATION', 'RECOMMENDATION');

-- CreateEnum
CREATE TYPE "ArchiveStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "County" ADD COLUMN     "archiveToken" TEXT,
ADD COLUMN     "archiveUrl" TEXT;

-- CreateTable
CREATE TABLE "ArchiveCopy" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "kind" "ArchiveKind" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT,
    "documentDate" TIMESTAMP(3),
    "sender" TEXT,
    "recipient" TEXT,
    "caseNumber" TEXT,
    "belongsTo" TEXT,
    "language" TEXT,
    "pdf" BYTEA,
    "sha256" TEXT,
    "sizeBytes" INTEGER,
    "generatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ArchiveStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "registreringUrl" TEXT,
    "partsPosted" INTEGER NOT NULL DEFAULT 0,
    "dokumentbeskrivelseUrl" TEXT,
    "dokumentobjektUrl" TEXT,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "ArchiveCopy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArchiveCopy_countyId_createdAt_idx" ON "ArchiveCopy"("countyId", "createdAt");

-- CreateIndex
CREATE INDEX "ArchiveCopy_status_nextAttemptAt_idx" ON "ArchiveCopy"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "ArchiveCopy_kind_sourceId_decidedAt_key" ON "ArchiveCopy"("kind", "sourceId", "decidedAt");

-- AddForeignKey
ALTER TABLE "ArchiveCopy" ADD CONSTRAINT "ArchiveCopy_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An archive copy is unchangeable (arkivlova): once its PDF is set, the PDF and every metadata column stay as
-- they are, and no copy is ever deleted; only the delivery columns move on. Hand-written: Prisma cannot express triggers.
CREATE FUNCTION archive_copy_is_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'ArchiveCopy is kept: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW."countyId", NEW."kind", NEW."sourceId", NEW."decidedAt") IS DISTINCT FROM (OLD."countyId", OLD."kind", OLD."sourceId", OLD."decidedAt")
     OR (OLD."pdf" IS NOT NULL AND (NEW."pdf", NEW."sha256", NEW."sizeBytes", NEW."title", NEW."documentDate", NEW."sender",
         NEW."recipient", NEW."caseNumber", NEW."belongsTo", NEW."language", NEW."generatedAt")
       IS DISTINCT FROM (OLD."pdf", OLD."sha256", OLD."sizeBytes", OLD."title", OLD."documentDate", OLD."sender",
         OLD."recipient", OLD."caseNumber", OLD."belongsTo", OLD."language", OLD."generatedAt")) THEN
    RAISE EXCEPTION 'ArchiveCopy % is unchangeable once made', OLD."id" USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "ArchiveCopy_unchangeable" BEFORE UPDATE OR DELETE ON "ArchiveCopy"
  FOR EACH ROW EXECUTE FUNCTION archive_copy_is_unchangeable();
CREATE TRIGGER "ArchiveCopy_no_truncate" BEFORE TRUNCATE ON "ArchiveCopy"
  FOR EACH STATEMENT EXECUTE FUNCTION archive_copy_is_unchangeable();

-- migrate:down
DROP TRIGGER "ArchiveCopy_no_truncate" ON "ArchiveCopy";
DROP TRIGGER "ArchiveCopy_unchangeable" ON "ArchiveCopy";
DROP FUNCTION archive_copy_is_unchangeable();
-- DropForeignKey
ALTER TABLE "ArchiveCopy" DROP CONSTRAINT "ArchiveCopy_countyId_fkey";

-- AlterTable
ALTER TABLE "County" DROP COLUMN "archiveToken",
DROP COLUMN "archiveUrl";

-- DropTable
DROP TABLE "ArchiveCopy";

-- DropEnum
DROP TYPE "ArchiveKind";

-- DropEnum
DROP TYPE "ArchiveStatus";

