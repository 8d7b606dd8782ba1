import "server-only";
import { newPasswordHash } from "@/lib/accounts/password-policy";
import type { AdministratorActor } from "@/lib/access/actor";
import { parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { staffMemberSchema } from "./schemas";

/**
 * Creates a staff account (verified e-mail: staff are created by someone accountable). Used by the
 * command line for the first administrator, and by administrators for their colleagues. `createdBy`
 * is null for the command line, which needs database access anyway.
 */
export async function createStaffMember(createdBy: Pick<AdministratorActor, "userId" | "role"> | null, input: unknown) {
  const { password, ...data } = parseInput(staffMemberSchema, input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new AppError("conflict", "address has an account", { fields: { email: ["validation.emailHasAccount"] } });
  }
  const passwordHash = await newPasswordHash(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...data, passwordHash, emailVerified: new Date() } });
    await writeAudit(tx, {
      actor: createdBy,
      action: "staff.created",
      entityType: "User",
      entityId: user.id,
      after: { email: user.email, role: user.role, jurisdictions: user.jurisdictions },
      note: createdBy ? undefined : "command line",
    });
    return { id: user.id, email: user.email, role: user.role, jurisdictions: user.jurisdictions };
  });
}
