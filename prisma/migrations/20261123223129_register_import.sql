-- migrate:up
-- CreateEnum
CREATE TYPE "RegisterKind" AS ENUM ('NSR', 'ENHETSREGISTERET');

-- AlterTable
ALTER TABLE "SchoolOwner" ADD COLUMN     "municipalityNumber" TEXT;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "isPrivate" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "maalform" TEXT,
ADD COLUMN     "orgNumber" TEXT,
ADD COLUMN     "pupils" INTEGER;

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "kind" "RegisterKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportBatch_countyId_idx" ON "ImportBatch"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "School_orgNumber_key" ON "School"("orgNumber");


-- migrate:down
-- DropIndex
DROP INDEX "School_orgNumber_key";

-- AlterTable
ALTER TABLE "SchoolOwner" DROP COLUMN "municipalityNumber";

-- AlterTable
ALTER TABLE "School" DROP COLUMN "isPrivate",
DROP COLUMN "maalform",
DROP COLUMN "orgNumber",
DROP COLUMN "pupils";

-- DropTable
DROP TABLE "ImportBatch";

-- DropEnum
DROP TYPE "RegisterKind";

