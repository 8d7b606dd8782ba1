import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { ruleUpdateSchema } from "../schemas";

/** Tunes one rule (weight, on/off, patterns) without a deploy; a pattern that does not compile is refused. */
export async function updateRiskRule(actor: Actor | null, input: unknown): Promise<void> {
  const admin = requireAdministrator(actor);
  const { id, ...change } = parseInput(ruleUpdateSchema, input);
  await db.$transaction(async (tx) => {
    const before = await tx.riskRule.findUnique({ where: { id } });
    if (!before) throw new AppError("not_found");
    const data = before.structural
      ? { weight: change.weight, enabled: change.enabled }
      : {
          weight: change.weight,
          enabled: change.enabled,
          pattern: change.pattern ?? before.pattern,
          unless: change.unless ?? null,
        };
    const after = await tx.riskRule.update({ where: { id }, data: { ...data, updatedById: admin.userId } });
    await writeAudit(tx, {
      actor: admin,
      action: "risk_rule.updated",
      entityType: "RiskRule",
      entityId: id,
      before,
      after,
    });
  });
}
