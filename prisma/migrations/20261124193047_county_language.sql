-- migrate:up
-- AlterTable
ALTER TABLE "County" ADD COLUMN     "language" "Language" NOT NULL DEFAULT 'nb';


-- migrate:down
-- AlterTable
ALTER TABLE "County" DROP COLUMN "language";

