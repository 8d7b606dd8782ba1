-- CreateEnum
CREATE TYPE "ReportOutcome" AS ENUM ('VACANCY_CLOSED', 'CHANGES_REQUESTED', 'EMPLOYER_BLOCKED', 'EMPLOYER_WARNED', 'DISMISSED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'VACANCY_CLOSED_BY_MODERATOR';

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assignedToId" TEXT,
ADD COLUMN     "outcome" "ReportOutcome";

-- CreateIndex
CREATE INDEX "Report_countryCode_handledAt_idx" ON "Report"("countryCode", "handledAt");
