-- migrate:up
-- CreateEnum
CREATE TYPE "AllocationStatus" AS ENUM ('DRAFT', 'APPROVED', 'REJECTED', 'NEEDS_REAPPROVAL');

-- CreateEnum
CREATE TYPE "CoFinancingKind" AS ENUM ('PENGER', 'LONN', 'FRIKJOP');

-- CreateTable
CREATE TABLE "StateGrant" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountOre" BIGINT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "letterRef" TEXT NOT NULL,
    "networkShareBasisPoints" INTEGER NOT NULL,
    "agreementId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StateGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareAgreement" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "networkShareBasisPoints" INTEGER NOT NULL,
    "agreedBy" TEXT NOT NULL,
    "agreedOn" DATE NOT NULL,
    "decisionRef" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShareAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistributionKey" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "decisionRef" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistributionKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyShare" (
    "id" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "basisPoints" INTEGER NOT NULL,

    CONSTRAINT "KeyShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "networkOre" BIGINT NOT NULL,
    "uhOre" BIGINT NOT NULL,
    "status" "AllocationStatus" NOT NULL DEFAULT 'DRAFT',
    "approvedNetworkOre" BIGINT,
    "approvedUhOre" BIGINT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payout" (
    "id" TEXT NOT NULL,
    "allocationId" TEXT NOT NULL,
    "amountOre" BIGINT NOT NULL,
    "paidOn" DATE NOT NULL,
    "reference" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoFinancing" (
    "id" TEXT NOT NULL,
    "schoolOwnerId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "CoFinancingKind" NOT NULL,
    "amountOre" BIGINT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoFinancing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StateGrant_countyId_year_key" ON "StateGrant"("countyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "KeyShare_keyId_regionId_key" ON "KeyShare"("keyId", "regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_grantId_regionId_key" ON "Allocation"("grantId", "regionId");

-- AddForeignKey
ALTER TABLE "StateGrant" ADD CONSTRAINT "StateGrant_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateGrant" ADD CONSTRAINT "StateGrant_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "ShareAgreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareAgreement" ADD CONSTRAINT "ShareAgreement_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionKey" ADD CONSTRAINT "DistributionKey_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "StrategyPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyShare" ADD CONSTRAINT "KeyShare_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "DistributionKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyShare" ADD CONSTRAINT "KeyShare_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "StateGrant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "DistributionKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_allocationId_fkey" FOREIGN KEY ("allocationId") REFERENCES "Allocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoFinancing" ADD CONSTRAINT "CoFinancing_schoolOwnerId_fkey" FOREIGN KEY ("schoolOwnerId") REFERENCES "SchoolOwner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written guards (Prisma's schema cannot express CHECK constraints; names start with dekom_check_
-- so the drift test knows them). The rules themselves live in src/domain/allocation.ts; these only make
-- sure no code path can store a negative amount or an impossible share.
ALTER TABLE "StateGrant" ADD CONSTRAINT "dekom_check_grant" CHECK ("amountOre" >= 0 AND "networkShareBasisPoints" BETWEEN 0 AND 10000);
ALTER TABLE "ShareAgreement" ADD CONSTRAINT "dekom_check_agreement" CHECK ("networkShareBasisPoints" BETWEEN 0 AND 10000);
ALTER TABLE "KeyShare" ADD CONSTRAINT "dekom_check_key_share" CHECK ("basisPoints" BETWEEN 0 AND 10000);
ALTER TABLE "Allocation" ADD CONSTRAINT "dekom_check_allocation" CHECK ("networkOre" >= 0 AND "uhOre" >= 0);
ALTER TABLE "Payout" ADD CONSTRAINT "dekom_check_payout" CHECK ("amountOre" > 0);
ALTER TABLE "CoFinancing" ADD CONSTRAINT "dekom_check_cofinancing" CHECK ("amountOre" > 0);

-- migrate:down
-- DropForeignKey
ALTER TABLE "StateGrant" DROP CONSTRAINT "StateGrant_countyId_fkey";

-- DropForeignKey
ALTER TABLE "StateGrant" DROP CONSTRAINT "StateGrant_agreementId_fkey";

-- DropForeignKey
ALTER TABLE "ShareAgreement" DROP CONSTRAINT "ShareAgreement_countyId_fkey";

-- DropForeignKey
ALTER TABLE "DistributionKey" DROP CONSTRAINT "DistributionKey_periodId_fkey";

-- DropForeignKey
ALTER TABLE "KeyShare" DROP CONSTRAINT "KeyShare_keyId_fkey";

-- DropForeignKey
ALTER TABLE "KeyShare" DROP CONSTRAINT "KeyShare_regionId_fkey";

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_grantId_fkey";

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_regionId_fkey";

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_keyId_fkey";

-- DropForeignKey
ALTER TABLE "Allocation" DROP CONSTRAINT "Allocation_decidedById_fkey";

-- DropForeignKey
ALTER TABLE "Payout" DROP CONSTRAINT "Payout_allocationId_fkey";

-- DropForeignKey
ALTER TABLE "CoFinancing" DROP CONSTRAINT "CoFinancing_schoolOwnerId_fkey";

-- DropTable
DROP TABLE "StateGrant";

-- DropTable
DROP TABLE "ShareAgreement";

-- DropTable
DROP TABLE "DistributionKey";

-- DropTable
DROP TABLE "KeyShare";

-- DropTable
DROP TABLE "Allocation";

-- DropTable
DROP TABLE "Payout";

-- DropTable
DROP TABLE "CoFinancing";

-- DropEnum
DROP TYPE "AllocationStatus";

-- DropEnum
DROP TYPE "CoFinancingKind";

