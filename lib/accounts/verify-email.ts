import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { findOneTimeToken, type TokenCheck } from "./one-time-tokens";
import { tokenSchema } from "./schemas";

/** Confirms an e-mail address from the link in the verification mail. */
export async function verifyEmail(token: string): Promise<TokenCheck> {
  if (!tokenSchema.safeParse(token).success) return "invalid";
  return db.$transaction(async (tx) => {
    const { check, row } = await findOneTimeToken(tx, token, "EMAIL_VERIFICATION");
    if (check !== "valid" || !row) return check;
    const now = new Date();
    // Conditional update: of two simultaneous clicks, only one uses the token.
    const used = await tx.oneTimeToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (used.count === 0) return "used";
    const user = await tx.user.update({ where: { id: row.userId }, data: { emailVerified: now } });
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "user.email_verified",
      entityType: "User",
      entityId: user.id,
    });
    return "valid";
  });
}
