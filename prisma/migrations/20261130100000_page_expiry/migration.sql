-- CreateTable
CREATE TABLE "PageExpiry" (
    "id" BIGSERIAL NOT NULL,
    "path" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT clock_timestamp(),

    CONSTRAINT "PageExpiry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageExpiry_createdAt_idx" ON "PageExpiry"("createdAt");
