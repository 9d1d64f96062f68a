-- migrate:up
-- AlterTable
ALTER TABLE "School" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Kindergarten" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;


-- migrate:down
-- AlterTable
ALTER TABLE "School" DROP COLUMN "version";

-- AlterTable
ALTER TABLE "Kindergarten" DROP COLUMN "version";

