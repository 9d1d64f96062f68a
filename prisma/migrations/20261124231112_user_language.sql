-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "language" "Language";


-- migrate:down
-- AlterTable
ALTER TABLE "User" DROP COLUMN "language";

