-- migrate:up
-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Gathering" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "CriterionConfirmation" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CriterionConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatheringAttendance" (
    "id" TEXT NOT NULL,
    "gatheringId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,

    CONSTRAINT "GatheringAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CriterionConfirmation_participantId_criterionId_key" ON "CriterionConfirmation"("participantId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "GatheringAttendance_gatheringId_participantId_key" ON "GatheringAttendance"("gatheringId", "participantId");

-- CreateIndex
CREATE INDEX "Network_regionId_idx" ON "Network"("regionId");

-- CreateIndex
CREATE INDEX "NetworkParticipant_schoolId_idx" ON "NetworkParticipant"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkParticipant_networkId_schoolId_key" ON "NetworkParticipant"("networkId", "schoolId");

-- CreateIndex
CREATE INDEX "Gathering_networkId_startsAt_idx" ON "Gathering"("networkId", "startsAt");

-- AddForeignKey
ALTER TABLE "CriterionConfirmation" ADD CONSTRAINT "CriterionConfirmation_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "NetworkParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionConfirmation" ADD CONSTRAINT "CriterionConfirmation_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "ParticipationCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionConfirmation" ADD CONSTRAINT "CriterionConfirmation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringAttendance" ADD CONSTRAINT "GatheringAttendance_gatheringId_fkey" FOREIGN KEY ("gatheringId") REFERENCES "Gathering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringAttendance" ADD CONSTRAINT "GatheringAttendance_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "NetworkParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- migrate:down
-- DropForeignKey
ALTER TABLE "CriterionConfirmation" DROP CONSTRAINT "CriterionConfirmation_participantId_fkey";

-- DropForeignKey
ALTER TABLE "CriterionConfirmation" DROP CONSTRAINT "CriterionConfirmation_criterionId_fkey";

-- DropForeignKey
ALTER TABLE "CriterionConfirmation" DROP CONSTRAINT "CriterionConfirmation_confirmedById_fkey";

-- DropForeignKey
ALTER TABLE "GatheringAttendance" DROP CONSTRAINT "GatheringAttendance_gatheringId_fkey";

-- DropForeignKey
ALTER TABLE "GatheringAttendance" DROP CONSTRAINT "GatheringAttendance_participantId_fkey";

-- DropIndex
DROP INDEX "Network_regionId_idx";

-- DropIndex
DROP INDEX "NetworkParticipant_schoolId_idx";

-- DropIndex
DROP INDEX "NetworkParticipant_networkId_schoolId_key";

-- DropIndex
DROP INDEX "Gathering_networkId_startsAt_idx";

-- AlterTable
ALTER TABLE "Network" DROP COLUMN "version";

-- AlterTable
ALTER TABLE "Gathering" DROP COLUMN "version";

-- DropTable
DROP TABLE "CriterionConfirmation";

-- DropTable
DROP TABLE "GatheringAttendance";

