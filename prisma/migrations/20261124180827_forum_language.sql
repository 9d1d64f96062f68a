-- migrate:up
-- CreateEnum
CREATE TYPE "Language" AS ENUM ('nb', 'nn');

-- AlterTable
ALTER TABLE "Forum" ADD COLUMN     "language" "Language" NOT NULL DEFAULT 'nb';


-- migrate:down
-- AlterTable
ALTER TABLE "Forum" DROP COLUMN "language";

-- DropEnum
DROP TYPE "Language";

