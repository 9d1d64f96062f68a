-- migrate:up
-- CreateTable
CREATE TABLE "EvaluationAttachment" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationAttachment_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "EvaluationAttachment" ADD CONSTRAINT "EvaluationAttachment_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- migrate:down
-- DropForeignKey
ALTER TABLE "EvaluationAttachment" DROP CONSTRAINT "EvaluationAttachment_evaluationId_fkey";

-- DropTable
DROP TABLE "EvaluationAttachment";

