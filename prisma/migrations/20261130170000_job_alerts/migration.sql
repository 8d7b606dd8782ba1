-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('IMMEDIATE', 'DAILY');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('PENDING', 'ACTIVE', 'ENDED');

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "AlertAddress" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "lastSubscriptionEndedAt" TIMESTAMP(3),

    CONSTRAINT "AlertAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSubscription" (
    "id" TEXT NOT NULL,
    "addressId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "frequency" "AlertFrequency" NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmTokenHash" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "lastCheckedAt" TIMESTAMP(3),
    "lastSentAt" TIMESTAMP(3),

    CONSTRAINT "AlertSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "subscriptionId" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "mailId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("subscriptionId","vacancyId")
);

-- CreateTable
CREATE TABLE "AlertLinkToken" (
    "tokenHash" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertLinkToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertAddress_email_key" ON "AlertAddress"("email");

-- CreateIndex
CREATE INDEX "AlertAddress_lastSubscriptionEndedAt_idx" ON "AlertAddress"("lastSubscriptionEndedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscription_confirmTokenHash_key" ON "AlertSubscription"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "AlertSubscription_addressId_status_idx" ON "AlertSubscription"("addressId", "status");

-- CreateIndex
CREATE INDEX "AlertSubscription_status_frequency_idx" ON "AlertSubscription"("status", "frequency");

-- CreateIndex
CREATE INDEX "AlertSubscription_confirmedAt_idx" ON "AlertSubscription"("confirmedAt");

-- CreateIndex
CREATE INDEX "AlertDelivery_vacancyId_idx" ON "AlertDelivery"("vacancyId");

-- CreateIndex
CREATE INDEX "AlertDelivery_createdAt_idx" ON "AlertDelivery"("createdAt");

-- CreateIndex
CREATE INDEX "AlertLinkToken_subscriptionId_idx" ON "AlertLinkToken"("subscriptionId");

-- AddForeignKey
ALTER TABLE "AlertSubscription" ADD CONSTRAINT "AlertSubscription_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "AlertAddress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AlertSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertLinkToken" ADD CONSTRAINT "AlertLinkToken_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AlertSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;
