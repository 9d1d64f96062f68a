-- migrate:up
-- CreateEnum
CREATE TYPE "KeyBasis" AS ENUM ('PERCENT', 'TEACHERS', 'SCHOOLS', 'PUPILS');

-- AlterTable
ALTER TABLE "DistributionKey" ADD COLUMN     "basis" "KeyBasis" NOT NULL DEFAULT 'PERCENT';

-- AlterTable: basis points (1/10 000) become millionths (1/1 000 000) of the whole, the same share exactly.
ALTER TABLE "KeyShare" ADD COLUMN "weight" INTEGER;
UPDATE "KeyShare" SET "weight" = "basisPoints" * 100;
ALTER TABLE "KeyShare" ALTER COLUMN "weight" SET NOT NULL;
ALTER TABLE "KeyShare" DROP COLUMN "basisPoints";


-- migrate:down
-- AlterTable
ALTER TABLE "DistributionKey" DROP COLUMN "basis";

-- AlterTable
ALTER TABLE "KeyShare" ADD COLUMN "basisPoints" INTEGER;
UPDATE "KeyShare" SET "basisPoints" = "weight" / 100;
ALTER TABLE "KeyShare" ALTER COLUMN "basisPoints" SET NOT NULL;
ALTER TABLE "KeyShare" DROP COLUMN "weight";

-- DropEnum
DROP TYPE "KeyBasis";

