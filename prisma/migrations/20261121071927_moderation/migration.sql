-- CreateEnum
CREATE TYPE "RejectionCode" AS ENUM ('MISLEADING', 'FEE_ASKED', 'FORCED_LABOUR_INDICATORS', 'DUPLICATE', 'INCOMPLETE', 'OTHER');

-- AlterTable
ALTER TABLE "Vacancy" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "claimedById" TEXT,
ADD COLUMN     "rejectionCode" "RejectionCode";

-- AlterTable
ALTER TABLE "VacancyRevision" ADD COLUMN     "rejectionCode" "RejectionCode",
ADD COLUMN     "reviewedById" TEXT;

-- CreateIndex
CREATE INDEX "Vacancy_status_submittedAt_idx" ON "Vacancy"("status", "submittedAt");
