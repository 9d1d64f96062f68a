-- migrate:up
-- AlterTable
ALTER TABLE "Forum" ADD COLUMN     "quorum" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "agendaPublishedAt" TIMESTAMP(3),
ADD COLUMN     "minutesApprovedAt" TIMESTAMP(3),
ADD COLUMN     "minutesApprovedInId" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "videoLink" TEXT;

-- Meetings from before this migration were public with their agenda: keep them so.
UPDATE "Meeting" SET "agendaPublishedAt" = "startsAt" - interval '14 days';

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "forumMemberId" TEXT NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_forumMemberId_key" ON "MeetingAttendance"("meetingId", "forumMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumMember_forumId_userId_key" ON "ForumMember"("forumId", "userId");

-- CreateIndex
CREATE INDEX "Meeting_forumId_startsAt_idx" ON "Meeting"("forumId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Case_meetingId_number_key" ON "Case"("meetingId", "number");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_minutesApprovedInId_fkey" FOREIGN KEY ("minutesApprovedInId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_forumMemberId_fkey" FOREIGN KEY ("forumMemberId") REFERENCES "ForumMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- migrate:down
-- DropForeignKey
ALTER TABLE "Meeting" DROP CONSTRAINT "Meeting_minutesApprovedInId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingAttendance" DROP CONSTRAINT "MeetingAttendance_meetingId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingAttendance" DROP CONSTRAINT "MeetingAttendance_forumMemberId_fkey";

-- DropIndex
DROP INDEX "ForumMember_forumId_userId_key";

-- DropIndex
DROP INDEX "Meeting_forumId_startsAt_idx";

-- DropIndex
DROP INDEX "Case_meetingId_number_key";

-- AlterTable
ALTER TABLE "Forum" DROP COLUMN "quorum",
DROP COLUMN "version";

-- AlterTable
ALTER TABLE "Meeting" DROP COLUMN "agendaPublishedAt",
DROP COLUMN "minutesApprovedAt",
DROP COLUMN "minutesApprovedInId",
DROP COLUMN "version",
DROP COLUMN "videoLink";

-- DropTable
DROP TABLE "MeetingAttendance";

