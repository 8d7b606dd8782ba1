import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { db } from "@/lib/server/db";
import type { RiskModelMetrics, TrainedOn } from "./build-version";

export type RiskModelVersionView = {
  id: string;
  version: number;
  createdAt: Date;
  active: boolean;
  activatedAt: Date | null;
  trainedOn: TrainedOn;
  metrics: RiskModelMetrics;
};

/** The trained versions, newest first, with their measures (administrators only; weights are not read). */
export async function listRiskModelVersions(actor: Actor | null): Promise<RiskModelVersionView[]> {
  requireAdministrator(actor);
  const rows = await db.riskModelVersion.findMany({
    orderBy: { version: "desc" },
    take: 50,
    select: {
      id: true,
      version: true,
      createdAt: true,
      active: true,
      activatedAt: true,
      trainedOn: true,
      metrics: true,
    },
  });
  return rows.map((row) => ({
    ...row,
    trainedOn: row.trainedOn as TrainedOn,
    metrics: row.metrics as RiskModelMetrics,
  }));
}
