-- CreateEnum
CREATE TYPE "NotificationTopic" AS ENUM ('DECISIONS', 'EXPIRY', 'RESPONSES');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('VACANCY_APPROVED', 'VACANCY_CHANGES_REQUESTED', 'VACANCY_REJECTED', 'REVISION_APPROVED', 'REVISION_REJECTED', 'VACANCY_EXPIRING', 'VACANCY_EXPIRED', 'ORGANIZATION_VERIFIED', 'ORGANIZATION_VERIFICATION_RESET', 'ORGANIZATION_BLOCKED', 'ORGANIZATION_UNBLOCKED', 'RESPONSE_RECEIVED');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "emailOptOuts" "NotificationTopic"[] DEFAULT ARRAY[]::"NotificationTopic"[];

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "description" TEXT;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "vacancyId" TEXT,
    "params" JSONB NOT NULL DEFAULT '{}',
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_dedupeKey_idx" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
