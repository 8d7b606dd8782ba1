import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { administratorRole } from "@/lib/access/roles";
import { staffAccounts } from "@/lib/access/scopes";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { changeStaffRoleSchema } from "./schemas";

/**
 * Makes a moderator an administrator or the other way round. An administrator cannot change their own role
 * (no one locks themselves out), a downgrade needs the confirmation box, and the portal always keeps at
 * least one active administrator. A downgrade ends the person's sessions: their access narrows at once.
 */
export async function changeStaffRole(actor: Actor | null, input: unknown): Promise<void> {
  const admin = requireAdministrator(actor);
  const { userId, role, confirm } = parseInput(changeStaffRoleSchema, input);
  if (userId === admin.userId) throw invalidFields({ role: ["staffTeam.errorOwnRole"] });
  await db.$transaction(async (tx) => {
    // Lock the active administrators: two administrators demoting each other at once cannot both succeed.
    const administrators = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "User" WHERE role = 'ADMINISTRATOR' AND "disabledAt" IS NULL FOR UPDATE`;
    const before = await tx.user.findFirst({ where: { id: userId, ...staffAccounts } });
    if (!before) throw new AppError("not_found");
    if (before.role === role) return;
    const downgrade = before.role === administratorRole;
    if (downgrade && !confirm) throw invalidFields({ confirm: ["staffTeam.errorConfirmDowngrade"] });
    if (downgrade && administrators.filter((row) => row.id !== userId).length === 0)
      throw invalidFields({ role: ["staffTeam.errorLastAdministrator"] });
    const after = await tx.user.update({
      where: { id: userId },
      data: { role, ...(downgrade ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await writeAudit(tx, {
      actor: admin,
      action: "staff.role_changed",
      entityType: "User",
      entityId: userId,
      before: { role: before.role },
      after: { role: after.role },
    });
  });
}
