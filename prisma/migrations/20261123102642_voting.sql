-- migrate:up
-- CreateEnum
CREATE TYPE "VoteUnit" AS ENUM ('MUNICIPALITY', 'MEMBER');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('ORDINAR', 'PRINSIPIELL', 'OKONOMISK');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'DECIDED');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "DecisionRule" AS ENUM ('FLERTALL', 'LEDERS_DOBBELTSTEMME', 'ARBEIDSUTVALG', 'STATSFORVALTERENS_AVGJORELSE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ForumMemberKind" ADD VALUE 'STATSFORVALTER';
ALTER TYPE "ForumMemberKind" ADD VALUE 'KS';
ALTER TYPE "ForumMemberKind" ADD VALUE 'REGION';

-- DropForeignKey
ALTER TABLE "Forum" DROP CONSTRAINT "Forum_regionId_fkey";

-- AlterTable
ALTER TABLE "Forum" ADD COLUMN     "countyId" TEXT,
ADD COLUMN     "governorHasFinalSay" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "leaderBreaksTie" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "requiresConsensusFailure" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "voteUnit" "VoteUnit" NOT NULL DEFAULT 'MUNICIPALITY',
ALTER COLUMN "regionId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "preparedBy" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "priorityAreas" TEXT[],

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoteRound" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'OPEN',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "consensusFailedNote" TEXT,
    "frozenAlternatives" JSONB NOT NULL,
    "frozenVoters" JSONB NOT NULL,
    "frozenLeaderUnit" TEXT,

    CONSTRAINT "VoteRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "proposalId" TEXT,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "proposalId" TEXT,
    "text" TEXT NOT NULL,
    "rule" "DecisionRule" NOT NULL,
    "counts" JSONB,
    "reason" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_roundId_unit_key" ON "Ballot"("roundId", "unit");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_caseId_key" ON "Decision"("caseId");

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteRound" ADD CONSTRAINT "VoteRound_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "VoteRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "ForumMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: every ballot written, by whatever path, tells listeners (the live voting panel) which
-- round changed. Prisma's schema cannot express triggers.
CREATE FUNCTION dekom_notify_ballot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('dekom_ballots', NEW."roundId");
  RETURN NEW;
END
$$;
CREATE TRIGGER "Ballot_notify" AFTER INSERT OR UPDATE ON "Ballot" FOR EACH ROW EXECUTE FUNCTION dekom_notify_ballot();

-- migrate:down
-- AlterEnum
BEGIN;
CREATE TYPE "ForumMemberKind_new" AS ENUM ('KOMMUNE', 'PPD', 'HTV', 'RKK', 'UH');
ALTER TABLE "ForumMember" ALTER COLUMN "kind" TYPE "ForumMemberKind_new" USING ("kind"::text::"ForumMemberKind_new");
ALTER TYPE "ForumMemberKind" RENAME TO "ForumMemberKind_old";
ALTER TYPE "ForumMemberKind_new" RENAME TO "ForumMemberKind";
DROP TYPE "ForumMemberKind_old";
COMMIT;

-- DropForeignKey
ALTER TABLE "Forum" DROP CONSTRAINT "Forum_regionId_fkey";

-- DropForeignKey
ALTER TABLE "Forum" DROP CONSTRAINT "Forum_countyId_fkey";

-- DropForeignKey
ALTER TABLE "Meeting" DROP CONSTRAINT "Meeting_forumId_fkey";

-- DropForeignKey
ALTER TABLE "Case" DROP CONSTRAINT "Case_meetingId_fkey";

-- DropForeignKey
ALTER TABLE "Proposal" DROP CONSTRAINT "Proposal_caseId_fkey";

-- DropForeignKey
ALTER TABLE "VoteRound" DROP CONSTRAINT "VoteRound_caseId_fkey";

-- DropForeignKey
ALTER TABLE "Ballot" DROP CONSTRAINT "Ballot_roundId_fkey";

-- DropForeignKey
ALTER TABLE "Ballot" DROP CONSTRAINT "Ballot_memberId_fkey";

-- DropForeignKey
ALTER TABLE "Ballot" DROP CONSTRAINT "Ballot_proposalId_fkey";

-- DropForeignKey
ALTER TABLE "Decision" DROP CONSTRAINT "Decision_caseId_fkey";

-- DropForeignKey
ALTER TABLE "Decision" DROP CONSTRAINT "Decision_recordedById_fkey";

-- AlterTable
ALTER TABLE "Forum" DROP COLUMN "countyId",
DROP COLUMN "governorHasFinalSay",
DROP COLUMN "leaderBreaksTie",
DROP COLUMN "requiresConsensusFailure",
DROP COLUMN "voteUnit",
ALTER COLUMN "regionId" SET NOT NULL;

-- DropTable
DROP TABLE "Meeting";

-- DropTable
DROP TABLE "Case";

-- DropTable
DROP TABLE "Proposal";

-- DropTable
DROP TABLE "VoteRound";

-- DropTable
DROP TABLE "Ballot";

-- DropTable
DROP TABLE "Decision";

-- DropEnum
DROP TYPE "VoteUnit";

-- DropEnum
DROP TYPE "CaseKind";

-- DropEnum
DROP TYPE "CaseStatus";

-- DropEnum
DROP TYPE "RoundStatus";

-- DropEnum
DROP TYPE "DecisionRule";

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

