import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { riskThresholds } from "../shipped-rules";
import { buildRiskModelVersion, featureScheme, type BuiltVersion } from "./build-version";
import { decisionExamples } from "./decision-examples";

type Client = Pick<PrismaClient, "$transaction" | "vacancy" | "riskRule">;
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * Trains a new version from the labelled set's train split and the moderators' decisions, measures it
 * against the rules in force and stores it NOT active: the model in force changes only when an
 * administrator switches to a version. `npm run risk:train` and the back office both come here.
 */
export async function storeTrainedRiskModelVersion(
  client: Client,
  createdById: string | null,
  /** Runs in the transaction that stores the version (the audit entry) */
  then?: (tx: Prisma.TransactionClient, stored: BuiltVersion & { id: string; version: number }) => Promise<void>,
): Promise<BuiltVersion & { id: string; version: number }> {
  const [decisions, rules] = await Promise.all([
    decisionExamples(client),
    client.riskRule.findMany({ where: { enabled: true } }),
  ]);
  const built = buildRiskModelVersion(decisions, rules, riskThresholds);
  return client.$transaction(async (tx) => {
    const last = await tx.riskModelVersion.aggregate({ _max: { version: true } });
    const row = await tx.riskModelVersion.create({
      data: {
        version: (last._max.version ?? 0) + 1,
        createdById,
        trainedOn: json(built.trainedOn),
        metrics: json(built.metrics),
        weights: json({ bias: built.model.bias, weights: built.model.weights }),
        features: json({ scheme: featureScheme, options: built.model.options, scale: built.metrics.combination.scale }),
      },
      select: { id: true, version: true },
    });
    const stored = { ...built, ...row };
    await then?.(tx, stored);
    return stored;
  });
}
