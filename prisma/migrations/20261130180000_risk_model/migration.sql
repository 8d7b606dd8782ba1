-- CreateTable
CREATE TABLE "RiskModelVersion" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "trainedOn" JSONB NOT NULL,
    "metrics" JSONB NOT NULL,
    "weights" JSONB NOT NULL,
    "features" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "activatedAt" TIMESTAMP(3),
    "activatedById" TEXT,

    CONSTRAINT "RiskModelVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RiskModelVersion_version_key" ON "RiskModelVersion"("version");

-- At most one version of the model is in force.
CREATE UNIQUE INDEX "RiskModelVersion_one_active" ON "RiskModelVersion" ("active") WHERE "active";
