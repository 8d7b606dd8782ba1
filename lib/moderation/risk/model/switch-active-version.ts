import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";

type Tx = Pick<Prisma.TransactionClient, "riskModelVersion" | "auditLog">;

/**
 * Puts a version in force inside the caller's transaction: the previous one is switched off first (the
 * partial unique index allows one active row) and the switch is audited with both versions.
 */
export async function switchActiveRiskModelVersion(
  tx: Tx,
  target: { id: string; version: number },
  actor: { userId: string; role: UserRole } | null,
  note?: string,
): Promise<void> {
  const previous = await tx.riskModelVersion.findFirst({
    where: { active: true },
    select: { id: true, version: true },
  });
  if (previous) await tx.riskModelVersion.update({ where: { id: previous.id }, data: { active: false } });
  await tx.riskModelVersion.update({
    where: { id: target.id },
    data: { active: true, activatedAt: new Date(), activatedById: actor?.userId ?? null },
  });
  await writeAudit(tx, {
    actor,
    action: "risk_model.activated",
    entityType: "RiskModelVersion",
    entityId: target.id,
    before: { activeVersion: previous?.version ?? null, activeId: previous?.id ?? null },
    after: { activeVersion: target.version, activeId: target.id },
    note,
  });
}
