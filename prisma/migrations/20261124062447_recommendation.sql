-- migrate:up
-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('DRAFT', 'ADOPTED');

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "adoptedCaseId" TEXT,
    "adoptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationComment" (
    "id" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_adoptedCaseId_key" ON "Recommendation"("adoptedCaseId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_countyId_year_key" ON "Recommendation"("countyId", "year");

-- CreateIndex
CREATE INDEX "RecommendationComment_recommendationId_idx" ON "RecommendationComment"("recommendationId");

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_adoptedCaseId_fkey" FOREIGN KEY ("adoptedCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationComment" ADD CONSTRAINT "RecommendationComment_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationComment" ADD CONSTRAINT "RecommendationComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- migrate:down
-- DropForeignKey
ALTER TABLE "Recommendation" DROP CONSTRAINT "Recommendation_countyId_fkey";

-- DropForeignKey
ALTER TABLE "Recommendation" DROP CONSTRAINT "Recommendation_adoptedCaseId_fkey";

-- DropForeignKey
ALTER TABLE "RecommendationComment" DROP CONSTRAINT "RecommendationComment_recommendationId_fkey";

-- DropForeignKey
ALTER TABLE "RecommendationComment" DROP CONSTRAINT "RecommendationComment_authorId_fkey";

-- DropTable
DROP TABLE "Recommendation";

-- DropTable
DROP TABLE "RecommendationComment";

-- DropEnum
DROP TYPE "RecommendationStatus";

