-- migrate:up
-- AlterTable
ALTER TABLE "County" ADD COLUMN     "reminderDays" INTEGER[] DEFAULT ARRAY[30, 7, 1]::INTEGER[],
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;


-- migrate:down
-- AlterTable
ALTER TABLE "County" DROP COLUMN "reminderDays",
DROP COLUMN "version";

