-- DropIndex
DROP INDEX "Report_vacancyId_idx";

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "networkHash" TEXT;

-- AlterTable
ALTER TABLE "Vacancy" ADD COLUMN     "reportedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Report_vacancyId_answeredAt_idx" ON "Report"("vacancyId", "answeredAt");
