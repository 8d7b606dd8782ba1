-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('NEW', 'SEEN', 'INVITED', 'DECLINED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Vacancy" ADD COLUMN     "responsesEnabled" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "phoneDigits" TEXT NOT NULL,
    "message" TEXT,
    "answerLanguage" "ContentLanguage" NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'NEW',
    "statusChangedAt" TIMESTAMP(3),
    "tokenHash" TEXT NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Response_tokenHash_key" ON "Response"("tokenHash");

-- CreateIndex
CREATE INDEX "Response_vacancyId_createdAt_idx" ON "Response"("vacancyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Response_vacancyId_phoneDigits_key" ON "Response"("vacancyId", "phoneDigits");

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "VacancySearch_organizationId_idx" ON "VacancySearch"("organizationId");
