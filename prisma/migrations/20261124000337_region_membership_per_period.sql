-- migrate:up
-- CreateTable
CREATE TABLE "RegionMembership" (
    "id" TEXT NOT NULL,
    "schoolOwnerId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,

    CONSTRAINT "RegionMembership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegionMembership_regionId_periodId_idx" ON "RegionMembership"("regionId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "RegionMembership_schoolOwnerId_periodId_key" ON "RegionMembership"("schoolOwnerId", "periodId");

-- AddForeignKey
ALTER TABLE "RegionMembership" ADD CONSTRAINT "RegionMembership_schoolOwnerId_fkey" FOREIGN KEY ("schoolOwnerId") REFERENCES "SchoolOwner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionMembership" ADD CONSTRAINT "RegionMembership_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionMembership" ADD CONSTRAINT "RegionMembership_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "StrategyPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Every existing owner belongs, in every period of its county, to the region it is in now.
INSERT INTO "RegionMembership" (id, "schoolOwnerId", "regionId", "periodId")
SELECT 'rm' || md5(o.id || p.id), o.id, o."regionId", p.id
FROM "SchoolOwner" o JOIN "Region" r ON r.id = o."regionId" JOIN "StrategyPeriod" p ON p."countyId" = r."countyId";

-- migrate:down
-- DropForeignKey
ALTER TABLE "RegionMembership" DROP CONSTRAINT "RegionMembership_schoolOwnerId_fkey";

-- DropForeignKey
ALTER TABLE "RegionMembership" DROP CONSTRAINT "RegionMembership_regionId_fkey";

-- DropForeignKey
ALTER TABLE "RegionMembership" DROP CONSTRAINT "RegionMembership_periodId_fkey";

-- DropTable
DROP TABLE "RegionMembership";

