-- CreateIndex
CREATE INDEX "VacancySearch_facets_idx" ON "VacancySearch"("countryCode", "sector", "regionCode", "majorGroup", "employmentType", "housingProvided", "openToOtherCountry", "verified", "organizationKind", "validThrough", "publishedAt", "salaryPeriod", "salaryCurrency", "salaryTop");
