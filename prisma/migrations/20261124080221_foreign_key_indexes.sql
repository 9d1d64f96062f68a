-- migrate:up
-- CreateIndex
CREATE INDEX "SchoolOwner_regionId_idx" ON "SchoolOwner"("regionId");

-- CreateIndex
CREATE INDEX "DevelopmentGroup_ownerId_idx" ON "DevelopmentGroup"("ownerId");

-- CreateIndex
CREATE INDEX "GroupMember_groupId_idx" ON "GroupMember"("groupId");

-- CreateIndex
CREATE INDEX "NetworkParticipant_networkId_idx" ON "NetworkParticipant"("networkId");

-- CreateIndex
CREATE INDEX "Forum_regionId_idx" ON "Forum"("regionId");

-- CreateIndex
CREATE INDEX "Forum_countyId_idx" ON "Forum"("countyId");

-- CreateIndex
CREATE INDEX "RoleAssignment_regionId_idx" ON "RoleAssignment"("regionId");

-- CreateIndex
CREATE INDEX "Allocation_regionId_idx" ON "Allocation"("regionId");

-- CreateIndex
CREATE INDEX "Proposal_caseId_idx" ON "Proposal"("caseId");

-- CreateIndex
CREATE INDEX "VoteRound_caseId_idx" ON "VoteRound"("caseId");

-- CreateIndex
CREATE INDEX "Ballot_memberId_idx" ON "Ballot"("memberId");

-- CreateIndex
CREATE INDEX "Evaluation_year_idx" ON "Evaluation"("year");

-- CreateIndex
CREATE INDEX "EvaluationMeasure_measureId_idx" ON "EvaluationMeasure"("measureId");


-- migrate:down
-- DropIndex
DROP INDEX "SchoolOwner_regionId_idx";

-- DropIndex
DROP INDEX "DevelopmentGroup_ownerId_idx";

-- DropIndex
DROP INDEX "GroupMember_groupId_idx";

-- DropIndex
DROP INDEX "NetworkParticipant_networkId_idx";

-- DropIndex
DROP INDEX "Forum_regionId_idx";

-- DropIndex
DROP INDEX "Forum_countyId_idx";

-- DropIndex
DROP INDEX "RoleAssignment_regionId_idx";

-- DropIndex
DROP INDEX "Allocation_regionId_idx";

-- DropIndex
DROP INDEX "Proposal_caseId_idx";

-- DropIndex
DROP INDEX "VoteRound_caseId_idx";

-- DropIndex
DROP INDEX "Ballot_memberId_idx";

-- DropIndex
DROP INDEX "Evaluation_year_idx";

-- DropIndex
DROP INDEX "EvaluationMeasure_measureId_idx";

