// Demo: the learned risk model's first version, trained from the labelled set and put in force, so the
// review screen shows the model's words at once. A real installation trains with `npm run risk:train` and
// an administrator switches to a version on /staff/risk-model (both audited).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { storeTrainedRiskModelVersion } from "@/lib/moderation/risk/model/store-trained-version";

export async function seedRiskModel(prisma: PrismaClient): Promise<number | null> {
  if ((await prisma.riskModelVersion.count()) > 0) return null;
  const stored = await storeTrainedRiskModelVersion(prisma, null, async (tx, version) => {
    await tx.riskModelVersion.update({ where: { id: version.id }, data: { active: true, activatedAt: new Date() } });
    // The entry the switch writes (lib/server/audit.ts is server-only; the seed runs as a plain script)
    await tx.auditLog.create({
      data: {
        action: "risk_model.activated",
        entityType: "RiskModelVersion",
        entityId: version.id,
        before: { activeVersion: null, activeId: null },
        after: { activeVersion: version.version, activeId: version.id },
        note: "demo seed",
      },
    });
  });
  return stored.version;
}
