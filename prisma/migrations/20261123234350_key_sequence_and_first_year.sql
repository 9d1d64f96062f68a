-- migrate:up
-- AlterTable
ALTER TABLE "DistributionKey" ADD COLUMN     "fromYear" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "seq" INTEGER NOT NULL DEFAULT 1;

-- Existing keys: numbered in the order they were created; each applies from its period's first year (as before).
UPDATE "DistributionKey" k SET "seq" = o.n, "fromYear" = p."startYear"
FROM (SELECT id, row_number() OVER (PARTITION BY "periodId" ORDER BY "createdAt", id) AS n FROM "DistributionKey") o, "StrategyPeriod" p
WHERE o.id = k.id AND p.id = k."periodId";

-- CreateIndex
CREATE UNIQUE INDEX "DistributionKey_periodId_seq_key" ON "DistributionKey"("periodId", "seq");


-- migrate:down
-- DropIndex
DROP INDEX "DistributionKey_periodId_seq_key";

-- AlterTable
ALTER TABLE "DistributionKey" DROP COLUMN "fromYear",
DROP COLUMN "seq";

