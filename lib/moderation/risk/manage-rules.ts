import "server-only";
import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import type { Actor } from "@/lib/server/actor";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { requireAdministrator } from "../staff";

const compiles = (source: string | undefined) => {
  if (!source) return true;
  try {
    new RegExp(source, "gu");
    return true;
  } catch {
    return false;
  }
};

export const ruleUpdateSchema = z.object({
  id: z.string().min(1),
  weight: z.coerce.number().int().min(0, "validation.positive").max(100, "validation.tooMany"),
  enabled: checkbox,
  pattern: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().max(4000, "validation.tooLong").refine(compiles, "validation.pattern").optional(),
  ),
  unless: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().max(2000, "validation.tooLong").refine(compiles, "validation.pattern").optional(),
  ),
});

/** The red-flag rules in force (administrators only). */
export async function listRiskRules(actor: Actor | null) {
  requireAdministrator(actor);
  return db.riskRule.findMany({ orderBy: [{ category: "asc" }, { id: "asc" }] });
}

/** Tunes one rule (weight, on/off, patterns) without a deploy; a pattern that does not compile is refused. */
export async function updateRiskRule(actor: Actor | null, input: unknown): Promise<void> {
  const admin = requireAdministrator(actor);
  const parsed = ruleUpdateSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "rule", { fields: fieldErrorsOf(parsed.error) });
  const { id, ...change } = parsed.data;
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
