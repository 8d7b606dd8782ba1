-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('ASKS_FOR_MONEY', 'FALSE_INFORMATION', 'FORCED_LABOUR', 'OFFENSIVE', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'RESOLVED', 'DISMISSED');

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "receipt" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "countryCode" "CountryCode" NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "message" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'NEW',
    "reporterHash" TEXT NOT NULL,
    "handledById" TEXT,
    "handledAt" TIMESTAMP(3),
    "resolutionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_receipt_key" ON "Report"("receipt");

-- CreateIndex
CREATE INDEX "Report_countryCode_status_createdAt_idx" ON "Report"("countryCode", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Report_vacancyId_idx" ON "Report"("vacancyId");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
