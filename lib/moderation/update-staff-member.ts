import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { staffAccounts } from "@/lib/access/scopes";
import { parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { updateStaffMemberSchema } from "./schemas";

/** Grants or withdraws countries (a Kyrgyz moderator may be granted Kazakhstan), or disables an account. */
export async function updateStaffMember(actor: Actor | null, input: unknown): Promise<void> {
  const admin = requireAdministrator(actor);
  const { userId, jurisdictions, disabled } = parseInput(updateStaffMemberSchema, input);
  if (userId === admin.userId && disabled) throw new AppError("conflict", "cannot disable yourself");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: userId, ...staffAccounts } });
    if (!before) throw new AppError("not_found");
    const after = await tx.user.update({
      where: { id: userId },
      // Disabling or narrowing access ends the person's current sessions (session version).
      data: {
        jurisdictions,
        disabledAt: disabled ? (before.disabledAt ?? new Date()) : null,
        sessionVersion: { increment: 1 },
      },
    });
    await writeAudit(tx, {
      actor: admin,
      action: "staff.updated",
      entityType: "User",
      entityId: userId,
      before: { jurisdictions: before.jurisdictions, disabledAt: before.disabledAt },
      after: { jurisdictions: after.jurisdictions, disabledAt: after.disabledAt },
    });
  });
}
