-- CreateEnum
CREATE TYPE "VacancySection" AS ENUM ('BASICS', 'PLACE', 'PAY', 'TERMS', 'CONDITIONS', 'CONTACTS');

-- AlterTable
ALTER TABLE "Vacancy" ADD COLUMN     "requestSections" "VacancySection"[] DEFAULT ARRAY[]::"VacancySection"[];

-- AlterTable
ALTER TABLE "VacancyRevision" ADD COLUMN     "requestSections" "VacancySection"[] DEFAULT ARRAY[]::"VacancySection"[];
