-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Vacancy_title_trgm_idx" ON "Vacancy" USING GIN ("title" gin_trgm_ops);
