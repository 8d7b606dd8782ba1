import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { activateRiskModelSchema } from "../../schemas";
import { switchActiveRiskModelVersion } from "./switch-active-version";

/**
 * An administrator puts a trained version in force (after reading its held-out precision and recall; the
 * ticked box says so). The previous version is switched off in the same transaction and both are audited.
 */
export async function activateRiskModelVersion(actor: Actor | null, input: unknown): Promise<{ version: number }> {
  const admin = requireAdministrator(actor);
  const { id, confirm } = parseInput(activateRiskModelSchema, input);
  if (!confirm) throw invalidFields({ confirm: ["staffRiskModel.errorConfirm"] });
  return db.$transaction(async (tx) => {
    const target = await tx.riskModelVersion.findUnique({
      where: { id },
      select: { id: true, version: true, active: true },
    });
    if (!target) throw new AppError("not_found");
    if (target.active)
      throw new AppError("conflict", "already active", { fields: { id: ["staffRiskModel.errorAlreadyActive"] } });
    await switchActiveRiskModelVersion(tx, target, admin);
    return { version: target.version };
  });
}
