import "server-only";
import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/accounts/schemas";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { CountryCode } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/passwords";

export const staffMemberSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(2, "validation.required").max(120, "validation.tooLong"),
  role: z.enum(["MODERATOR", "ADMINISTRATOR"]),
  jurisdictions: z.array(z.enum(CountryCode)).min(1, "validation.required"),
  password: passwordSchema,
});

/**
 * Creates a staff account (verified e-mail: staff are created by someone accountable). Used by the
 * command line for the first administrator, and by administrators for their colleagues. `createdBy`
 * is null for the command line, which needs database access anyway.
 */
export async function createStaffMember(createdBy: { userId: string; role: "ADMINISTRATOR" } | null, input: unknown) {
  const parsed = staffMemberSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "staff member", { fields: fieldErrorsOf(parsed.error) });
  const { password, ...data } = parsed.data;
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new AppError("conflict", "address has an account", { fields: { email: ["validation.emailHasAccount"] } });
  }
  const passwordHash = await hashPassword(password);
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
