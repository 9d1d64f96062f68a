-- migrate:up
-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('GRUNNSKOLE', 'VIDEREGAENDE');

-- CreateEnum
CREATE TYPE "SchoolOwnerKind" AS ENUM ('KOMMUNE', 'FYLKESKOMMUNE', 'PRIVAT');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('SUT', 'SKUT');

-- CreateEnum
CREATE TYPE "GroupRole" AS ENUM ('SKOLEEIER', 'SKOLELEDER', 'HTV', 'SKOLEUTVIKLER', 'PTV', 'RESSURSLAERER', 'NETTVERKSDELTAKER');

-- CreateEnum
CREATE TYPE "NetworkKind" AS ENUM ('SKOLELEDERNETTVERK', 'SFO_LEDERNETTVERK', 'DIGITAL_KOMPETANSE', 'FAGSAMLINGER', 'SKOLEBASERT_TILTAK');

-- CreateEnum
CREATE TYPE "CriterionAudience" AS ENUM ('SKOLE', 'DELTAKER', 'OVRIGE_ANSATTE');

-- CreateEnum
CREATE TYPE "ForumKind" AS ENUM ('OPPVEKSTFORUM', 'SAMARBEIDSFORUM');

-- CreateEnum
CREATE TYPE "ForumMemberKind" AS ENUM ('KOMMUNE', 'PPD', 'HTV', 'RKK', 'UH');

-- CreateEnum
CREATE TYPE "ForumPosition" AS ENUM ('LEDER', 'NESTLEDER', 'MEDLEM');

-- CreateEnum
CREATE TYPE "CommitteeKind" AS ENUM ('AUS', 'AUB');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('STATSFORVALTER', 'FORUM_MEMBER', 'SKOLEUTVIKLER', 'OPPVEKSTFORUM_MEMBER', 'UH_PARTNER', 'SKOLEEIER', 'SKOLELEDER');

-- CreateTable
CREATE TABLE "County" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "forumName" TEXT NOT NULL,
    "governorName" TEXT NOT NULL,
    "networkShareBasisPoints" INTEGER NOT NULL DEFAULT 4000,
    "reportDeadlineMonth" INTEGER NOT NULL DEFAULT 2,
    "reportDeadlineDay" INTEGER NOT NULL DEFAULT 1,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Oslo',

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyPeriod" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "purposes" TEXT[],

    CONSTRAINT "StrategyPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityArea" (
    "id" TEXT NOT NULL,
    "periodId" TEXT,
    "regionId" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "PriorityArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubGoal" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "strategies" TEXT[],

    CONSTRAINT "SubGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RegionKind" NOT NULL DEFAULT 'GRUNNSKOLE',
    "coordinator" TEXT NOT NULL,
    "uhPartner" TEXT NOT NULL,
    "overallGoal" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolOwner" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SchoolOwnerKind" NOT NULL,
    "orgNumber" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SchoolOwner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentGroup" (
    "id" TEXT NOT NULL,
    "kind" "GroupKind" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DevelopmentGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "GroupRole" NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "NetworkKind" NOT NULL,
    "targetGroup" TEXT NOT NULL,
    "rhythm" TEXT NOT NULL,
    "inDekom" BOOLEAN NOT NULL,
    "goals" TEXT[],

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkParticipant" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "schoolId" TEXT,
    "label" TEXT,

    CONSTRAINT "NetworkParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gathering" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "days" INTEGER NOT NULL DEFAULT 1,
    "place" TEXT NOT NULL,
    "faglige" TEXT,
    "innblikk" TEXT,
    "erfaring" TEXT,
    "veienVidere" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Gathering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipationCriterion" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "audience" "CriterionAudience" NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ParticipationCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "responsible" TEXT,
    "networkId" TEXT,
    "schoolId" TEXT,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "kind" "ForumKind" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumMember" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "kind" "ForumMemberKind" NOT NULL,
    "organisation" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "schoolOwnerId" TEXT,
    "holdsVote" BOOLEAN NOT NULL DEFAULT false,
    "position" "ForumPosition" NOT NULL DEFAULT 'MEDLEM',
    "userId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ForumMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingCommittee" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "kind" "CommitteeKind" NOT NULL,
    "mandate" TEXT NOT NULL,

    CONSTRAINT "WorkingCommittee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeMember" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "forumMemberId" TEXT,
    "name" TEXT NOT NULL,
    "function" TEXT NOT NULL,

    CONSTRAINT "CommitteeMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserIdentity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,

    CONSTRAINT "UserIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "countyId" TEXT,
    "regionId" TEXT,
    "schoolOwnerId" TEXT,
    "schoolId" TEXT,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_DevelopmentGroupToSchool" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DevelopmentGroupToSchool_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MeasureToPriorityArea" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MeasureToPriorityArea_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "County_slug_key" ON "County"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyPeriod_countyId_startYear_key" ON "StrategyPeriod"("countyId", "startYear");

-- CreateIndex
CREATE UNIQUE INDEX "SubGoal_periodId_number_key" ON "SubGoal"("periodId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolOwner_orgNumber_key" ON "SchoolOwner"("orgNumber");

-- CreateIndex
CREATE UNIQUE INDEX "School_ownerId_name_key" ON "School"("ownerId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_regionId_number_key" ON "Goal"("regionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingCommittee_forumId_kind_key" ON "WorkingCommittee"("forumId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "UserIdentity_issuer_subject_key" ON "UserIdentity"("issuer", "subject");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "_DevelopmentGroupToSchool_B_index" ON "_DevelopmentGroupToSchool"("B");

-- CreateIndex
CREATE INDEX "_MeasureToPriorityArea_B_index" ON "_MeasureToPriorityArea"("B");

-- AddForeignKey
ALTER TABLE "StrategyPeriod" ADD CONSTRAINT "StrategyPeriod_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "StrategyPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityArea" ADD CONSTRAINT "PriorityArea_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubGoal" ADD CONSTRAINT "SubGoal_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "StrategyPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolOwner" ADD CONSTRAINT "SchoolOwner_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "SchoolOwner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentGroup" ADD CONSTRAINT "DevelopmentGroup_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "SchoolOwner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "DevelopmentGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkParticipant" ADD CONSTRAINT "NetworkParticipant_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkParticipant" ADD CONSTRAINT "NetworkParticipant_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipationCriterion" ADD CONSTRAINT "ParticipationCriterion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_schoolOwnerId_fkey" FOREIGN KEY ("schoolOwnerId") REFERENCES "SchoolOwner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingCommittee" ADD CONSTRAINT "WorkingCommittee_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "WorkingCommittee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_forumMemberId_fkey" FOREIGN KEY ("forumMemberId") REFERENCES "ForumMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserIdentity" ADD CONSTRAINT "UserIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_schoolOwnerId_fkey" FOREIGN KEY ("schoolOwnerId") REFERENCES "SchoolOwner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DevelopmentGroupToSchool" ADD CONSTRAINT "_DevelopmentGroupToSchool_A_fkey" FOREIGN KEY ("A") REFERENCES "DevelopmentGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DevelopmentGroupToSchool" ADD CONSTRAINT "_DevelopmentGroupToSchool_B_fkey" FOREIGN KEY ("B") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MeasureToPriorityArea" ADD CONSTRAINT "_MeasureToPriorityArea_A_fkey" FOREIGN KEY ("A") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MeasureToPriorityArea" ADD CONSTRAINT "_MeasureToPriorityArea_B_fkey" FOREIGN KEY ("B") REFERENCES "PriorityArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Audit entries are append-only (domain.md §8): the database refuses to change or remove them,
-- whatever code or user tries. Hand-written: Prisma's schema cannot express triggers.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "AuditEntry_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- migrate:down
-- The first migration has no way back.
