-- DropIndex
DROP INDEX "VacancySearch_occupationCode_idx";

-- CreateIndex
CREATE INDEX "VacancySearch_occupationCode_publishedAt_idx" ON "VacancySearch"("occupationCode", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "VacancySearch_majorGroup_publishedAt_idx" ON "VacancySearch"("majorGroup", "publishedAt" DESC);
