-- migrate:up
-- CreateEnum
CREATE TYPE "NeedsStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "NeedsMeasureKind" AS ENUM ('NETTVERK', 'SKOLEBASERT', 'KURS', 'VEILEDNING', 'ANNET');

-- AlterTable
ALTER TABLE "County" ADD COLUMN     "needsDeadlineDay" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "needsDeadlineMonth" INTEGER NOT NULL DEFAULT 2;

-- CreateTable
CREATE TABLE "NeedsReport" (
    "id" TEXT NOT NULL,
    "schoolOwnerId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "NeedsStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedsReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsLine" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "priorityAreaId" TEXT NOT NULL,
    "targetGroup" TEXT NOT NULL,
    "staffCount" INTEGER NOT NULL,
    "measureKind" "NeedsMeasureKind" NOT NULL,
    "uhPartner" TEXT,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedsLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsExtension" (
    "id" TEXT NOT NULL,
    "schoolOwnerId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "until" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedsExtension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NeedsReport_schoolOwnerId_year_key" ON "NeedsReport"("schoolOwnerId", "year");

-- CreateIndex
CREATE INDEX "NeedsLine_reportId_idx" ON "NeedsLine"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsExtension_schoolOwnerId_year_key" ON "NeedsExtension"("schoolOwnerId", "year");

-- AddForeignKey
ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_schoolOwnerId_fkey" FOREIGN KEY ("schoolOwnerId") REFERENCES "SchoolOwner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsLine" ADD CONSTRAINT "NeedsLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsLine" ADD CONSTRAINT "NeedsLine_priorityAreaId_fkey" FOREIGN KEY ("priorityAreaId") REFERENCES "PriorityArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsExtension" ADD CONSTRAINT "NeedsExtension_schoolOwnerId_fkey" FOREIGN KEY ("schoolOwnerId") REFERENCES "SchoolOwner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsExtension" ADD CONSTRAINT "NeedsExtension_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- migrate:down
-- DropForeignKey
ALTER TABLE "NeedsReport" DROP CONSTRAINT "NeedsReport_schoolOwnerId_fkey";

-- DropForeignKey
ALTER TABLE "NeedsReport" DROP CONSTRAINT "NeedsReport_submittedById_fkey";

-- DropForeignKey
ALTER TABLE "NeedsLine" DROP CONSTRAINT "NeedsLine_reportId_fkey";

-- DropForeignKey
ALTER TABLE "NeedsLine" DROP CONSTRAINT "NeedsLine_priorityAreaId_fkey";

-- DropForeignKey
ALTER TABLE "NeedsExtension" DROP CONSTRAINT "NeedsExtension_schoolOwnerId_fkey";

-- DropForeignKey
ALTER TABLE "NeedsExtension" DROP CONSTRAINT "NeedsExtension_grantedById_fkey";

-- AlterTable
ALTER TABLE "County" DROP COLUMN "needsDeadlineDay",
DROP COLUMN "needsDeadlineMonth";

-- DropTable
DROP TABLE "NeedsReport";

-- DropTable
DROP TABLE "NeedsLine";

-- DropTable
DROP TABLE "NeedsExtension";

-- DropEnum
DROP TYPE "NeedsStatus";

-- DropEnum
DROP TYPE "NeedsMeasureKind";

