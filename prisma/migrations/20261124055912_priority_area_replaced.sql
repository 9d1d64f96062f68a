-- migrate:up
-- AlterTable
ALTER TABLE "PriorityArea" ADD COLUMN     "replacedAt" TIMESTAMP(3);


-- migrate:down
-- AlterTable
ALTER TABLE "PriorityArea" DROP COLUMN "replacedAt";

