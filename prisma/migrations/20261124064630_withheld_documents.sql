-- migrate:up
-- CreateEnum
CREATE TYPE "PublicDocumentKind" AS ENUM ('EVALUATION', 'PLAN', 'RECOMMENDATION');

-- CreateTable
CREATE TABLE "WithheldDocument" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "kind" "PublicDocumentKind" NOT NULL,
    "documentId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "withheldById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WithheldDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WithheldDocument_countyId_idx" ON "WithheldDocument"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "WithheldDocument_kind_documentId_key" ON "WithheldDocument"("kind", "documentId");

-- AddForeignKey
ALTER TABLE "WithheldDocument" ADD CONSTRAINT "WithheldDocument_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithheldDocument" ADD CONSTRAINT "WithheldDocument_withheldById_fkey" FOREIGN KEY ("withheldById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- migrate:down
-- DropForeignKey
ALTER TABLE "WithheldDocument" DROP CONSTRAINT "WithheldDocument_countyId_fkey";

-- DropForeignKey
ALTER TABLE "WithheldDocument" DROP CONSTRAINT "WithheldDocument_withheldById_fkey";

-- DropTable
DROP TABLE "WithheldDocument";

-- DropEnum
DROP TYPE "PublicDocumentKind";

