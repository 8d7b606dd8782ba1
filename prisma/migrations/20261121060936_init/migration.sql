-- Extensions used by search (trigram typo tolerance, accent folding). Hand-added: Prisma does not manage them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- CreateEnum
CREATE TYPE "CountryCode" AS ENUM ('KG', 'KZ');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('KGS', 'KZT');

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('REGION', 'CITY');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('COMPANY', 'INDIVIDUAL_ENTREPRENEUR', 'RECRUITMENT_AGENCY');

-- CreateEnum
CREATE TYPE "VerificationState" AS ENUM ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('EMPLOYER', 'MODERATOR', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('OWNER', 'MEMBER');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('TRADE', 'SERVICES', 'CONSTRUCTION', 'AGRICULTURE', 'MANUFACTURING', 'TRANSPORT', 'HEALTHCARE', 'EDUCATION', 'FINANCE', 'IT_ENGINEERING');

-- CreateEnum
CREATE TYPE "SalaryPeriod" AS ENUM ('MONTH', 'DAY', 'HOUR', 'SHIFT', 'PIECE');

-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('FULL_TIME', 'PART_TIME', 'SEASONAL', 'TEMPORARY', 'ROTATIONAL');

-- CreateEnum
CREATE TYPE "ExperienceLevel" AS ENUM ('NONE', 'UP_TO_ONE', 'ONE_TO_THREE', 'THREE_TO_SIX', 'OVER_SIX');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('NONE', 'SECONDARY', 'VOCATIONAL', 'HIGHER');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('EMPLOYMENT_PERMANENT', 'EMPLOYMENT_FIXED_TERM', 'SEASONAL', 'CIVIL_LAW');

-- CreateEnum
CREATE TYPE "CostBearer" AS ENUM ('EMPLOYER', 'SHARED', 'WORKER', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "VacancyStatus" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'CLOSED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ContentLanguage" AS ENUM ('ru', 'ky', 'kk', 'en');

-- CreateTable
CREATE TABLE "Country" (
    "code" "CountryCode" NOT NULL,
    "currency" "Currency" NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKy" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "countryCode" "CountryCode" NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKy" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "City" (
    "code" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "population" INTEGER,
    "nameRu" TEXT NOT NULL,
    "nameKy" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "City_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Occupation" (
    "code" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "parentCode" TEXT,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKy" TEXT,
    "nameKk" TEXT,

    CONSTRAINT "Occupation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "baseCurrency" "Currency" NOT NULL,
    "quoteCurrency" "Currency" NOT NULL,
    "rate" DECIMAL(18,8) NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "countryCode" "CountryCode" NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "legalName" TEXT NOT NULL,
    "registryNumber" TEXT NOT NULL,
    "agencyLicense" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "website" TEXT,
    "address" TEXT,
    "verificationState" "VerificationState" NOT NULL DEFAULT 'UNVERIFIED',
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "verificationNote" TEXT,
    "blockedAt" TIMESTAMP(3),
    "blockReason" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "emailVerified" TIMESTAMP(3),
    "role" "UserRole" NOT NULL DEFAULT 'EMPLOYER',
    "jurisdictions" "CountryCode"[],
    "locale" TEXT NOT NULL DEFAULT 'ru',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" "VacancyStatus" NOT NULL DEFAULT 'DRAFT',
    "language" "ContentLanguage" NOT NULL DEFAULT 'ru',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "occupationCode" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "countryCode" "CountryCode" NOT NULL,
    "regionCode" TEXT NOT NULL,
    "cityCode" TEXT,
    "address" TEXT,
    "salaryMin" DECIMAL(12,2),
    "salaryMax" DECIMAL(12,2),
    "salaryCurrency" "Currency" NOT NULL,
    "salaryPeriod" "SalaryPeriod" NOT NULL DEFAULT 'MONTH',
    "employmentType" "EmploymentType" NOT NULL,
    "schedule" TEXT,
    "experience" "ExperienceLevel" NOT NULL DEFAULT 'NONE',
    "education" "EducationLevel" NOT NULL DEFAULT 'NONE',
    "languages" TEXT[],
    "positions" INTEGER NOT NULL DEFAULT 1,
    "housingProvided" BOOLEAN NOT NULL DEFAULT false,
    "mealsProvided" BOOLEAN NOT NULL DEFAULT false,
    "transportProvided" BOOLEAN NOT NULL DEFAULT false,
    "travelPaidBy" "CostBearer" NOT NULL DEFAULT 'NOT_APPLICABLE',
    "housingPaidBy" "CostBearer" NOT NULL DEFAULT 'NOT_APPLICABLE',
    "documentsPaidBy" "CostBearer" NOT NULL DEFAULT 'EMPLOYER',
    "contractType" "ContractType" NOT NULL DEFAULT 'EMPLOYMENT_PERMANENT',
    "openToOtherCountry" BOOLEAN NOT NULL DEFAULT true,
    "noFeeConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "contactTelegram" TEXT,
    "contactWhatsapp" TEXT,
    "validThrough" TIMESTAMP(3) NOT NULL,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "rejectionReason" TEXT,
    "reviewedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "rejectedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "expiredAt" TIMESTAMP(3),

    CONSTRAINT "Vacancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "UserRole",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "note" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Region_countryCode_sortOrder_idx" ON "Region"("countryCode", "sortOrder");

-- CreateIndex
CREATE INDEX "City_regionCode_idx" ON "City"("regionCode");

-- CreateIndex
CREATE INDEX "Occupation_parentCode_idx" ON "Occupation"("parentCode");

-- CreateIndex
CREATE INDEX "Occupation_level_idx" ON "Occupation"("level");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_baseCurrency_quoteCurrency_effectiveDate_key" ON "ExchangeRate"("baseCurrency", "quoteCurrency", "effectiveDate");

-- CreateIndex
CREATE INDEX "Organization_verificationState_idx" ON "Organization"("verificationState");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_countryCode_registryNumber_key" ON "Organization"("countryCode", "registryNumber");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE INDEX "Vacancy_status_publishedAt_idx" ON "Vacancy"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Vacancy_status_countryCode_publishedAt_idx" ON "Vacancy"("status", "countryCode", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Vacancy_status_regionCode_publishedAt_idx" ON "Vacancy"("status", "regionCode", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Vacancy_status_sector_publishedAt_idx" ON "Vacancy"("status", "sector", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Vacancy_status_employmentType_publishedAt_idx" ON "Vacancy"("status", "employmentType", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Vacancy_organizationId_status_idx" ON "Vacancy"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Vacancy_occupationCode_idx" ON "Vacancy"("occupationCode");

-- CreateIndex
CREATE INDEX "Vacancy_status_validThrough_organizationId_idx" ON "Vacancy"("status", "validThrough", "organizationId");

-- CreateIndex
CREATE INDEX "Vacancy_title_trgm_idx" ON "Vacancy" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occupation" ADD CONSTRAINT "Occupation_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Occupation"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only: refuse any UPDATE, DELETE or TRUNCATE. Hand-added.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
