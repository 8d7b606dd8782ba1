import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RiskModel } from "./train";

type Client = Pick<Prisma.TransactionClient, "riskModelVersion">;
export type ActiveRiskModel = Pick<RiskModel, "bias" | "weights"> & { id: string; version: number; scale?: number };

// The weights of the version in force, kept per process and keyed by the version's id: each assessment asks
// only which version is active (one indexed row), and loads the weights again only when that changed.
let cached: ActiveRiskModel | null = null;

/** The model version in force, or null (then the rules alone score). */
export async function activeRiskModel(client: Client): Promise<ActiveRiskModel | null> {
  const active = await client.riskModelVersion.findFirst({ where: { active: true }, select: { id: true } });
  if (!active) return null;
  if (cached?.id === active.id) return cached;
  const row = await client.riskModelVersion.findUniqueOrThrow({
    where: { id: active.id },
    select: { id: true, version: true, weights: true, features: true },
  });
  const { bias, weights } = row.weights as Pick<RiskModel, "bias" | "weights">;
  const { scale } = row.features as { scale?: number };
  cached = { id: row.id, version: row.version, bias, weights, scale };
  return cached;
}
