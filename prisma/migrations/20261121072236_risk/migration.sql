-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- AlterTable
ALTER TABLE "Vacancy" ADD COLUMN     "riskLevel" "RiskLevel" NOT NULL DEFAULT 'LOW',
ADD COLUMN     "riskReasons" JSONB,
ADD COLUMN     "riskScore" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "VacancyRevision" ADD COLUMN     "riskLevel" "RiskLevel" NOT NULL DEFAULT 'LOW',
ADD COLUMN     "riskReasons" JSONB,
ADD COLUMN     "riskScore" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RiskRule" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "pattern" TEXT,
    "unless" TEXT,
    "structural" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "RiskRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VacancyRevision_status_riskScore_idx" ON "VacancyRevision"("status", "riskScore" DESC);
