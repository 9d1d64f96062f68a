-- migrate:up
-- AlterEnum
ALTER TYPE "GroupKind" ADD VALUE 'BARNEHAGE';

-- AlterEnum
ALTER TYPE "RegisterKind" ADD VALUE 'NBR';

-- The three schemes of FOR-2021-01-26-230 (§ 1): national reference data, the same in every installation.
-- Their names are in the message catalogue by code; no code branches on which scheme a row belongs to.
CREATE TABLE "Scheme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Scheme_pkey" PRIMARY KEY ("id")
);
INSERT INTO "Scheme" ("id", "code", "position") VALUES
  ('dekom', 'dekom', 1), ('rekom', 'rekom', 2), ('kompetanseloftet', 'kompetanseloftet', 3);

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_grantId_fkey";

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_keyId_fkey";

-- DropIndex
DROP INDEX "RegionPlan_regionId_periodId_key";

-- DropIndex
DROP INDEX "StateGrant_countyId_year_key";

-- DropIndex
DROP INDEX "DistributionKey_periodId_seq_key";

-- DropIndex
DROP INDEX "Evaluation_regionId_year_key";

-- DropIndex
DROP INDEX "NeedsReport_schoolOwnerId_year_key";

-- DropIndex
DROP INDEX "Recommendation_countyId_year_key";

-- AlterTable
ALTER TABLE "RegionPlan" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "RegionPlan" ALTER COLUMN "schemeId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "StateGrant" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "StateGrant" ALTER COLUMN "schemeId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "DistributionKey" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "DistributionKey" ALTER COLUMN "schemeId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Allocation" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "Allocation" ALTER COLUMN "schemeId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "Case" ALTER COLUMN "schemeId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "Evaluation" ALTER COLUMN "schemeId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "NeedsReport" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "NeedsReport" ALTER COLUMN "schemeId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "CoFinancing" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "CoFinancing" ALTER COLUMN "schemeId" DROP DEFAULT;
ALTER TABLE "CoFinancing" ADD CONSTRAINT "CoFinancing_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "CoFinancing_schemeId_idx" ON "CoFinancing"("schemeId");

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN "schemeId" TEXT NOT NULL DEFAULT 'dekom';
ALTER TABLE "Recommendation" ALTER COLUMN "schemeId" DROP DEFAULT;

-- CreateTable
CREATE TABLE "CountyScheme" (
    "countyId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,

    CONSTRAINT "CountyScheme_pkey" PRIMARY KEY ("countyId","schemeId")
);

-- CreateTable
CREATE TABLE "ForumScheme" (
    "forumId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,

    CONSTRAINT "ForumScheme_pkey" PRIMARY KEY ("forumId","schemeId")
);

-- CreateTable
CREATE TABLE "Kindergarten" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "orgNumber" TEXT,
    "isPrivate" BOOLEAN NOT NULL DEFAULT false,
    "children" INTEGER,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Kindergarten_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_DevelopmentGroupToKindergarten" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DevelopmentGroupToKindergarten_AB_pkey" PRIMARY KEY ("A","B")
);

-- Every county and forum so far ran DEKOM (the portal was school-only until now).
INSERT INTO "CountyScheme" ("countyId", "schemeId") SELECT "id", 'dekom' FROM "County";
INSERT INTO "ForumScheme" ("forumId", "schemeId") SELECT "id", 'dekom' FROM "Forum";

-- Finding a scheme's rows
CREATE INDEX "Case_schemeId_idx" ON "Case"("schemeId");
CREATE INDEX "ForumScheme_schemeId_idx" ON "ForumScheme"("schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "Scheme_code_key" ON "Scheme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Kindergarten_orgNumber_key" ON "Kindergarten"("orgNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Kindergarten_ownerId_name_key" ON "Kindergarten"("ownerId", "name");

-- CreateIndex
CREATE INDEX "_DevelopmentGroupToKindergarten_B_index" ON "_DevelopmentGroupToKindergarten"("B");

-- CreateIndex
CREATE UNIQUE INDEX "RegionPlan_regionId_periodId_schemeId_key" ON "RegionPlan"("regionId", "periodId", "schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "StateGrant_countyId_schemeId_year_key" ON "StateGrant"("countyId", "schemeId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "StateGrant_id_schemeId_key" ON "StateGrant"("id", "schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionKey_periodId_schemeId_seq_key" ON "DistributionKey"("periodId", "schemeId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionKey_id_schemeId_key" ON "DistributionKey"("id", "schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_regionId_year_schemeId_key" ON "Evaluation"("regionId", "year", "schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsReport_schoolOwnerId_year_schemeId_key" ON "NeedsReport"("schoolOwnerId", "year", "schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_countyId_schemeId_year_key" ON "Recommendation"("countyId", "schemeId", "year");

-- AddForeignKey
ALTER TABLE "CountyScheme" ADD CONSTRAINT "CountyScheme_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountyScheme" ADD CONSTRAINT "CountyScheme_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumScheme" ADD CONSTRAINT "ForumScheme_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumScheme" ADD CONSTRAINT "ForumScheme_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kindergarten" ADD CONSTRAINT "Kindergarten_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "SchoolOwner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionPlan" ADD CONSTRAINT "RegionPlan_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateGrant" ADD CONSTRAINT "StateGrant_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionKey" ADD CONSTRAINT "DistributionKey_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_grantId_schemeId_fkey" FOREIGN KEY ("grantId", "schemeId") REFERENCES "StateGrant"("id", "schemeId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_keyId_schemeId_fkey" FOREIGN KEY ("keyId", "schemeId") REFERENCES "DistributionKey"("id", "schemeId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DevelopmentGroupToKindergarten" ADD CONSTRAINT "_DevelopmentGroupToKindergarten_A_fkey" FOREIGN KEY ("A") REFERENCES "DevelopmentGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DevelopmentGroupToKindergarten" ADD CONSTRAINT "_DevelopmentGroupToKindergarten_B_fkey" FOREIGN KEY ("B") REFERENCES "Kindergarten"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- migrate:down
-- AlterEnum
DELETE FROM "GroupMember" WHERE "groupId" IN (SELECT "id" FROM "DevelopmentGroup" WHERE "kind" = 'BARNEHAGE');
DELETE FROM "DevelopmentGroup" WHERE "kind" = 'BARNEHAGE';
DELETE FROM "ImportBatch" WHERE "kind" = 'NBR';
BEGIN;
CREATE TYPE "GroupKind_new" AS ENUM ('SUT', 'SKUT');
ALTER TABLE "DevelopmentGroup" ALTER COLUMN "kind" TYPE "GroupKind_new" USING ("kind"::text::"GroupKind_new");
ALTER TYPE "GroupKind" RENAME TO "GroupKind_old";
ALTER TYPE "GroupKind_new" RENAME TO "GroupKind";
DROP TYPE "GroupKind_old";
COMMIT;

-- AlterEnum
BEGIN;
CREATE TYPE "RegisterKind_new" AS ENUM ('NSR', 'ENHETSREGISTERET');
ALTER TABLE "ImportBatch" ALTER COLUMN "kind" TYPE "RegisterKind_new" USING ("kind"::text::"RegisterKind_new");
ALTER TYPE "RegisterKind" RENAME TO "RegisterKind_old";
ALTER TYPE "RegisterKind_new" RENAME TO "RegisterKind";
DROP TYPE "RegisterKind_old";
COMMIT;

-- DropForeignKey
ALTER TABLE "CountyScheme" DROP CONSTRAINT "CountyScheme_countyId_fkey";

-- DropForeignKey
ALTER TABLE "CountyScheme" DROP CONSTRAINT "CountyScheme_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "ForumScheme" DROP CONSTRAINT "ForumScheme_forumId_fkey";

-- DropForeignKey
ALTER TABLE "ForumScheme" DROP CONSTRAINT "ForumScheme_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "Kindergarten" DROP CONSTRAINT "Kindergarten_ownerId_fkey";

-- DropForeignKey
ALTER TABLE "RegionPlan" DROP CONSTRAINT "RegionPlan_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "StateGrant" DROP CONSTRAINT "StateGrant_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "DistributionKey" DROP CONSTRAINT "DistributionKey_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_grantId_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_keyId_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "Case" DROP CONSTRAINT "Case_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "Evaluation" DROP CONSTRAINT "Evaluation_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "NeedsReport" DROP CONSTRAINT "NeedsReport_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "Recommendation" DROP CONSTRAINT "Recommendation_schemeId_fkey";

-- DropForeignKey
ALTER TABLE "_DevelopmentGroupToKindergarten" DROP CONSTRAINT "_DevelopmentGroupToKindergarten_A_fkey";

-- DropForeignKey
ALTER TABLE "_DevelopmentGroupToKindergarten" DROP CONSTRAINT "_DevelopmentGroupToKindergarten_B_fkey";

-- DropIndex
DROP INDEX "RegionPlan_regionId_periodId_schemeId_key";

-- DropIndex
DROP INDEX "StateGrant_countyId_schemeId_year_key";

-- DropIndex
DROP INDEX "StateGrant_id_schemeId_key";

-- DropIndex
DROP INDEX "DistributionKey_periodId_schemeId_seq_key";

-- DropIndex
DROP INDEX "DistributionKey_id_schemeId_key";

-- DropIndex
DROP INDEX "Evaluation_regionId_year_schemeId_key";

-- DropIndex
DROP INDEX "NeedsReport_schoolOwnerId_year_schemeId_key";

-- DropIndex
DROP INDEX "Recommendation_countyId_schemeId_year_key";

-- AlterTable
ALTER TABLE "RegionPlan" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "StateGrant" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "DistributionKey" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "Allocation" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "Case" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "Evaluation" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "NeedsReport" DROP COLUMN "schemeId";

-- AlterTable
ALTER TABLE "Recommendation" DROP COLUMN "schemeId";
ALTER TABLE "CoFinancing" DROP COLUMN "schemeId";

-- DropTable
DROP TABLE "CountyScheme";

-- DropTable
DROP TABLE "ForumScheme";

-- DropTable
DROP TABLE "Kindergarten";

-- DropTable
DROP TABLE "_DevelopmentGroupToKindergarten";

DROP TABLE "Scheme";

-- CreateIndex
CREATE UNIQUE INDEX "RegionPlan_regionId_periodId_key" ON "RegionPlan"("regionId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "StateGrant_countyId_year_key" ON "StateGrant"("countyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionKey_periodId_seq_key" ON "DistributionKey"("periodId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_regionId_year_key" ON "Evaluation"("regionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsReport_schoolOwnerId_year_key" ON "NeedsReport"("schoolOwnerId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_countyId_year_key" ON "Recommendation"("countyId", "year");

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "StateGrant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "DistributionKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

