-- migrate:up
-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'ADOPTED');

-- DropForeignKey
ALTER TABLE "Measure" DROP CONSTRAINT "Measure_schoolId_fkey";

-- DropIndex
DROP INDEX "Goal_regionId_number_key";

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "endYear" INTEGER,
ADD COLUMN     "startYear" INTEGER,
ADD COLUMN     "uhPartner" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "CoFinancing" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "withdrawReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnById" TEXT;

-- CreateTable
CREATE TABLE "RegionPlan" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "adoptedCaseId" TEXT,
    "adoptedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanRevision" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureBudget" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "networkOre" BIGINT NOT NULL,
    "uhOre" BIGINT NOT NULL,
    "coFinancingOre" BIGINT NOT NULL,

    CONSTRAINT "MeasureBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_MeasureSchools" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MeasureSchools_AB_pkey" PRIMARY KEY ("A","B")
);

-- Existing mål become the plan of their region in the county's newest period (hand-written).
INSERT INTO "RegionPlan" (id, "regionId", "periodId")
SELECT 'rp' || md5(r.id), r.id,
       (SELECT p.id FROM "StrategyPeriod" p WHERE p."countyId" = r."countyId" ORDER BY p."startYear" DESC LIMIT 1)
FROM "Region" r
WHERE EXISTS (SELECT 1 FROM "Goal" g WHERE g."regionId" = r.id);
ALTER TABLE "Goal" ADD COLUMN "planId" TEXT;
UPDATE "Goal" SET "planId" = 'rp' || md5("regionId");
ALTER TABLE "Goal" ALTER COLUMN "planId" SET NOT NULL;
-- A tiltak's one school becomes its first named school (hand-written).
INSERT INTO "_MeasureSchools" ("A", "B") SELECT id, "schoolId" FROM "Measure" WHERE "schoolId" IS NOT NULL;
ALTER TABLE "Measure" DROP COLUMN "schoolId";

-- CreateIndex
CREATE INDEX "RegionPlan_periodId_idx" ON "RegionPlan"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "RegionPlan_regionId_periodId_key" ON "RegionPlan"("regionId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanRevision_planId_number_key" ON "PlanRevision"("planId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureBudget_measureId_year_key" ON "MeasureBudget"("measureId", "year");

-- CreateIndex
CREATE INDEX "_MeasureSchools_B_index" ON "_MeasureSchools"("B");

-- CreateIndex
CREATE INDEX "Goal_regionId_idx" ON "Goal"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_planId_number_key" ON "Goal"("planId", "number");

-- CreateIndex
CREATE INDEX "Measure_goalId_idx" ON "Measure"("goalId");

-- CreateIndex
CREATE INDEX "CoFinancing_schoolOwnerId_year_idx" ON "CoFinancing"("schoolOwnerId", "year");

-- AddForeignKey
ALTER TABLE "RegionPlan" ADD CONSTRAINT "RegionPlan_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionPlan" ADD CONSTRAINT "RegionPlan_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "StrategyPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionPlan" ADD CONSTRAINT "RegionPlan_adoptedCaseId_fkey" FOREIGN KEY ("adoptedCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RegionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RegionPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureBudget" ADD CONSTRAINT "MeasureBudget_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoFinancing" ADD CONSTRAINT "CoFinancing_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MeasureSchools" ADD CONSTRAINT "_MeasureSchools_A_fkey" FOREIGN KEY ("A") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MeasureSchools" ADD CONSTRAINT "_MeasureSchools_B_fkey" FOREIGN KEY ("B") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- migrate:down
-- DropForeignKey
ALTER TABLE "RegionPlan" DROP CONSTRAINT "RegionPlan_regionId_fkey";

-- DropForeignKey
ALTER TABLE "RegionPlan" DROP CONSTRAINT "RegionPlan_periodId_fkey";

-- DropForeignKey
ALTER TABLE "RegionPlan" DROP CONSTRAINT "RegionPlan_adoptedCaseId_fkey";

-- DropForeignKey
ALTER TABLE "PlanRevision" DROP CONSTRAINT "PlanRevision_planId_fkey";

-- DropForeignKey
ALTER TABLE "PlanRevision" DROP CONSTRAINT "PlanRevision_changedById_fkey";

-- DropForeignKey
ALTER TABLE "Goal" DROP CONSTRAINT "Goal_planId_fkey";

-- DropForeignKey
ALTER TABLE "MeasureBudget" DROP CONSTRAINT "MeasureBudget_measureId_fkey";

-- DropForeignKey
ALTER TABLE "CoFinancing" DROP CONSTRAINT "CoFinancing_withdrawnById_fkey";

-- DropForeignKey
ALTER TABLE "_MeasureSchools" DROP CONSTRAINT "_MeasureSchools_A_fkey";

-- DropForeignKey
ALTER TABLE "_MeasureSchools" DROP CONSTRAINT "_MeasureSchools_B_fkey";

-- DropIndex
DROP INDEX "Goal_regionId_idx";

-- DropIndex
DROP INDEX "Goal_planId_number_key";

-- DropIndex
DROP INDEX "Measure_goalId_idx";

-- DropIndex
DROP INDEX "CoFinancing_schoolOwnerId_year_idx";

-- AlterTable
ALTER TABLE "Goal" DROP COLUMN "planId";

-- AlterTable
ALTER TABLE "Measure" DROP COLUMN "endYear",
DROP COLUMN "startYear",
DROP COLUMN "uhPartner",
DROP COLUMN "version",
ADD COLUMN     "schoolId" TEXT;

-- AlterTable
ALTER TABLE "CoFinancing" DROP COLUMN "version",
DROP COLUMN "withdrawReason",
DROP COLUMN "withdrawnAt",
DROP COLUMN "withdrawnById";

-- DropTable
DROP TABLE "RegionPlan";

-- DropTable
DROP TABLE "PlanRevision";

-- DropTable
DROP TABLE "MeasureBudget";

-- DropTable
DROP TABLE "_MeasureSchools";

-- DropEnum
DROP TYPE "PlanStatus";

-- CreateIndex
CREATE UNIQUE INDEX "Goal_regionId_number_key" ON "Goal"("regionId", "number");

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

