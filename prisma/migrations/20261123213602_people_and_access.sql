-- migrate:up
-- CreateEnum
CREATE TYPE "InvitationKind" AS ENUM ('INVITE', 'LINK');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'SYSTEM_ADMIN';

-- AlterTable
ALTER TABLE "County" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "lastSignInAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "UserIdentity" ADD COLUMN     "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "RoleAssignment" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "kind" "InvitationKind" NOT NULL DEFAULT 'INVITE',
    "tokenHash" TEXT NOT NULL,
    "openKey" TEXT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countyId" TEXT,
    "invitedById" TEXT,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvitationGrant" (
    "id" TEXT NOT NULL,
    "invitationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "countyId" TEXT,
    "regionId" TEXT,
    "schoolOwnerId" TEXT,
    "schoolId" TEXT,

    CONSTRAINT "InvitationGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_openKey_key" ON "Invitation"("openKey");

-- CreateIndex
CREATE INDEX "Invitation_countyId_idx" ON "Invitation"("countyId");

-- CreateIndex
CREATE INDEX "InvitationGrant_invitationId_idx" ON "InvitationGrant"("invitationId");

-- CreateIndex
CREATE INDEX "UserIdentity_userId_idx" ON "UserIdentity"("userId");

-- CreateIndex
CREATE INDEX "RoleAssignment_userId_idx" ON "RoleAssignment"("userId");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationGrant" ADD CONSTRAINT "InvitationGrant_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One user holds a role in a scope once, even when two administrators give it at the same moment.
-- Hand-written: Prisma cannot express a unique index over nullable columns with NULLs counted equal.
CREATE UNIQUE INDEX "dekom_unique_role_in_scope" ON "RoleAssignment" ("userId", "role",
  COALESCE("countyId", ''), COALESCE("regionId", ''), COALESCE("schoolOwnerId", ''), COALESCE("schoolId", ''));


-- migrate:down
DROP INDEX IF EXISTS "dekom_unique_role_in_scope";
-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('STATSFORVALTER', 'FORUM_MEMBER', 'SKOLEUTVIKLER', 'OPPVEKSTFORUM_MEMBER', 'UH_PARTNER', 'SKOLEEIER', 'SKOLELEDER');
ALTER TABLE "RoleAssignment" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
COMMIT;

-- DropForeignKey
ALTER TABLE "UserSession" DROP CONSTRAINT "UserSession_userId_fkey";

-- DropForeignKey
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_countyId_fkey";

-- DropForeignKey
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_invitedById_fkey";

-- DropForeignKey
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_userId_fkey";

-- DropForeignKey
ALTER TABLE "InvitationGrant" DROP CONSTRAINT "InvitationGrant_invitationId_fkey";

-- DropIndex
DROP INDEX "UserIdentity_userId_idx";

-- DropIndex
DROP INDEX "RoleAssignment_userId_idx";

-- AlterTable
ALTER TABLE "County" DROP COLUMN "createdAt";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "deactivatedAt",
DROP COLUMN "lastSignInAt";

-- AlterTable
ALTER TABLE "UserIdentity" DROP COLUMN "linkedAt";

-- AlterTable
ALTER TABLE "RoleAssignment" DROP COLUMN "createdAt";

-- DropTable
DROP TABLE "UserSession";

-- DropTable
DROP TABLE "Invitation";

-- DropTable
DROP TABLE "InvitationGrant";

-- DropEnum
DROP TYPE "InvitationKind";

