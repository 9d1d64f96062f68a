-- migrate:up
-- AlterTable
ALTER TABLE "StrategyPeriod" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;


-- migrate:down
-- AlterTable
ALTER TABLE "StrategyPeriod" DROP COLUMN "closedAt",
DROP COLUMN "createdAt",
DROP COLUMN "isDemo",
DROP COLUMN "version";

