-- migrate:up
-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "EvaluationStatus" NOT NULL DEFAULT 'DRAFT',
    "effect" TEXT NOT NULL DEFAULT '',
    "process" TEXT NOT NULL DEFAULT '',
    "structure" TEXT NOT NULL DEFAULT '',
    "moneyUse" TEXT NOT NULL DEFAULT '',
    "participation" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "submittedLate" BOOLEAN NOT NULL DEFAULT false,
    "returnComment" TEXT,
    "lastEditedById" TEXT,
    "lastEditedAt" TIMESTAMP(3),

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationMeasure" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "effect" TEXT NOT NULL DEFAULT '',
    "process" TEXT NOT NULL DEFAULT '',
    "structure" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "EvaluationMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationEditor" (
    "evaluationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationEditor_pkey" PRIMARY KEY ("evaluationId","userId")
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "until" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumConclusion" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "adjustStrategy" BOOLEAN NOT NULL,
    "reasoning" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumConclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "key" TEXT NOT NULL,
    "recipients" TEXT[],
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_regionId_year_key" ON "Evaluation"("regionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationMeasure_evaluationId_measureId_key" ON "EvaluationMeasure"("evaluationId", "measureId");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineExtension_regionId_year_key" ON "DeadlineExtension"("regionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ForumConclusion_countyId_year_key" ON "ForumConclusion"("countyId", "year");

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationMeasure" ADD CONSTRAINT "EvaluationMeasure_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationMeasure" ADD CONSTRAINT "EvaluationMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationEditor" ADD CONSTRAINT "EvaluationEditor_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineExtension" ADD CONSTRAINT "DeadlineExtension_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumConclusion" ADD CONSTRAINT "ForumConclusion_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- migrate:down
-- DropForeignKey
ALTER TABLE "Evaluation" DROP CONSTRAINT "Evaluation_regionId_fkey";

-- DropForeignKey
ALTER TABLE "EvaluationMeasure" DROP CONSTRAINT "EvaluationMeasure_evaluationId_fkey";

-- DropForeignKey
ALTER TABLE "EvaluationMeasure" DROP CONSTRAINT "EvaluationMeasure_measureId_fkey";

-- DropForeignKey
ALTER TABLE "EvaluationEditor" DROP CONSTRAINT "EvaluationEditor_evaluationId_fkey";

-- DropForeignKey
ALTER TABLE "DeadlineExtension" DROP CONSTRAINT "DeadlineExtension_regionId_fkey";

-- DropForeignKey
ALTER TABLE "ForumConclusion" DROP CONSTRAINT "ForumConclusion_countyId_fkey";

-- DropTable
DROP TABLE "Evaluation";

-- DropTable
DROP TABLE "EvaluationMeasure";

-- DropTable
DROP TABLE "EvaluationEditor";

-- DropTable
DROP TABLE "DeadlineExtension";

-- DropTable
DROP TABLE "ForumConclusion";

-- DropTable
DROP TABLE "ReminderSent";

-- DropEnum
DROP TYPE "EvaluationStatus";

