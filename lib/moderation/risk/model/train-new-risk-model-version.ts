import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { storeTrainedRiskModelVersion } from "./store-trained-version";

/** Milliseconds apart at least between two trainings (each takes a few seconds of CPU). */
const minimumInterval = 60_000;

/**
 * An administrator trains a new version of the risk model (inline: a few seconds on ~2,600 texts at most).
 * It is stored inactive with its held-out precision and recall; switching to it is a separate decision.
 */
export async function trainNewRiskModelVersion(actor: Actor | null): Promise<{ version: number }> {
  const admin = requireAdministrator(actor);
  const last = await db.riskModelVersion.findFirst({ orderBy: { version: "desc" }, select: { createdAt: true } });
  if (last && Date.now() - last.createdAt.getTime() < minimumInterval)
    throw new AppError("conflict", "trained moments ago", { fields: { train: ["staffRiskModel.errorTooSoon"] } });
  const stored = await storeTrainedRiskModelVersion(db, admin.userId, (tx, version) =>
    writeAudit(tx, {
      actor: admin,
      action: "risk_model.trained",
      entityType: "RiskModelVersion",
      entityId: version.id,
      after: { version: version.version, trainedOn: version.trainedOn, metrics: version.metrics },
    }),
  );
  return { version: stored.version };
}
