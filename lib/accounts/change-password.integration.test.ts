import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSignInSession, startSignInSession } from "@/lib/access/sign-in-sessions";
import { hashPassword, verifyPassword } from "@/lib/server/passwords";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { changePassword } from "./change-password";

const prisma = testPrisma();
const current = "старый пароль из трёх слов";
const next = "новый пароль для весны 2027";

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("changing the password while signed in", () => {
  it("needs the current password; a wrong one, a common new one or an anonymous caller change nothing", async () => {
    const { user, actor } = await createEmployer();
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(current) } });
    const context = { sessionId: undefined, ip: "198.51.100.7" };
    await expect(
      changePassword(actor, { currentPassword: "not it at all", newPassword: next }, context),
    ).rejects.toMatchObject({ code: "invalid", fields: { currentPassword: ["validation.wrongPassword"] } });
    await expect(
      changePassword(actor, { currentPassword: current, newPassword: "1q2w3e4r5t6y" }, context),
    ).rejects.toMatchObject({ code: "invalid", fields: { newPassword: ["validation.passwordCommon"] } });
    await expect(changePassword(null, { currentPassword: current, newPassword: next }, context)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, current)).toBe(true);
  });

  it("changes it, keeps this browser signed in and signs the others out", async () => {
    const { user, actor } = await createStaff("MODERATOR", ["KG"]);
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(current) } });
    const here = await startSignInSession(user);
    const elsewhere = await startSignInSession(user);
    await changePassword(
      actor,
      { currentPassword: current, newPassword: next },
      { sessionId: here, ip: "203.0.113.5" },
    );
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, next)).toBe(true);
    expect(await checkSignInSession(here, user)).toBe(true);
    expect(await checkSignInSession(elsewhere, user)).toBe(false);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: user.id, action: "user.password_changed" },
    });
    expect(audit.ip).toBe("203.0.113.5");
    expect(JSON.stringify(audit.after)).not.toContain(next);
  });
});
