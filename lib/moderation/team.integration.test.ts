import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/accounts/authenticate-user";
import { findOneTimeToken } from "@/lib/accounts/one-time-tokens";
import { hashPassword } from "@/lib/server/passwords";
import { resetPassword } from "@/lib/accounts/reset-password";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { changeStaffRole } from "./change-staff-role";
import { inviteStaffMember } from "./invite-staff-member";
import { listStaff } from "./list-staff";
import { resendStaffInvitation } from "./resend-staff-invitation";
import { revokeStaffInvitation } from "./revoke-staff-invitation";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

let invited = 0;
async function invite(admin: Awaited<ReturnType<typeof createStaff>>) {
  invited += 1;
  const email = `invited${invited}-${Date.now()}@mintrud.example`;
  const member = await inviteStaffMember(
    admin.actor,
    { email, name: `Приглашённый ${invited}`, role: "MODERATOR", jurisdictions: ["KG"] },
    { locale: "ru" },
  );
  return { ...member, token: await lastLink(email) };
}
async function lastLink(email: string) {
  const mail = await prisma.mailMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return /token=([\w-]+)/.exec(mail.text)![1]!;
}
const userRow = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });
const mails = (to: string) => prisma.mailMessage.count({ where: { to } });

describe("changing a colleague's role", () => {
  it("an administrator promotes and (confirmed) demotes; a demotion ends the person's sessions and is logged", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const colleague = await createStaff("MODERATOR", ["KZ"]);
    await changeStaffRole(admin.actor, { userId: colleague.user.id, role: "ADMINISTRATOR" });
    expect((await userRow(colleague.user.id)).role).toBe("ADMINISTRATOR");
    await expect(changeStaffRole(admin.actor, { userId: colleague.user.id, role: "MODERATOR" })).rejects.toMatchObject({
      fields: { confirm: ["staffTeam.errorConfirmDowngrade"] },
    });
    expect((await userRow(colleague.user.id)).role).toBe("ADMINISTRATOR");
    const version = (await userRow(colleague.user.id)).sessionVersion;
    await changeStaffRole(admin.actor, { userId: colleague.user.id, role: "MODERATOR", confirm: "on" });
    const after = await userRow(colleague.user.id);
    expect(after).toMatchObject({ role: "MODERATOR", sessionVersion: version + 1 });
    expect(
      await prisma.auditLog.findMany({
        where: { entityId: colleague.user.id, action: "staff.role_changed" },
        select: { actorId: true, after: true },
        orderBy: { at: "asc" },
      }),
    ).toEqual([
      { actorId: admin.user.id, after: { role: "ADMINISTRATOR" } },
      { actorId: admin.user.id, after: { role: "MODERATOR" } },
    ]);
  });

  it("moderators, employers and an administrator's own role are refused, and nothing changes", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG"]);
    const moderator = await createStaff("MODERATOR", ["KG"]);
    const { actor: employer, user: employerUser } = await createEmployer();
    const target = await createStaff("MODERATOR", ["KG"]);
    const logged = () => prisma.auditLog.count({ where: { action: "staff.role_changed" } });
    const before = await logged();
    await expect(
      changeStaffRole(moderator.actor, { userId: target.user.id, role: "ADMINISTRATOR" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeStaffRole(employer, { userId: target.user.id, role: "ADMINISTRATOR" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(changeStaffRole(null, { userId: target.user.id, role: "ADMINISTRATOR" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(
      changeStaffRole(admin.actor, { userId: admin.user.id, role: "MODERATOR", confirm: "on" }),
    ).rejects.toMatchObject({ fields: { role: ["staffTeam.errorOwnRole"] } });
    // An employer's account is not a staff account: not found, never turned into an administrator.
    await expect(
      changeStaffRole(admin.actor, { userId: employerUser.id, role: "ADMINISTRATOR" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await userRow(target.user.id)).role).toBe("MODERATOR");
    expect((await userRow(admin.user.id)).role).toBe("ADMINISTRATOR");
    expect((await userRow(employerUser.id)).role).toBe("EMPLOYER");
    expect(await logged()).toBe(before);
  });

  it("keeps at least one active administrator, also when two demote each other at the same moment", async () => {
    const first = await createStaff("ADMINISTRATOR", ["KG"]);
    const second = await createStaff("ADMINISTRATOR", ["KZ"]);
    const others = await prisma.user.findMany({
      where: { role: "ADMINISTRATOR", disabledAt: null, id: { notIn: [first.user.id, second.user.id] } },
      select: { id: true },
    });
    await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: new Date() } });
    try {
      const outcomes = await Promise.allSettled([
        changeStaffRole(first.actor, { userId: second.user.id, role: "MODERATOR", confirm: "on" }),
        changeStaffRole(second.actor, { userId: first.user.id, role: "MODERATOR", confirm: "on" }),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
      const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ fields: { role: ["staffTeam.errorLastAdministrator"] } });
      expect(await prisma.user.count({ where: { role: "ADMINISTRATOR", disabledAt: null } })).toBe(1);
    } finally {
      await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: null } });
    }
  });
});

describe("last sign-in", () => {
  it("comes from the audit log's sign-ins, so it outlives the pruned sign-in sessions", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const password = "Ала-Тоо 2026: длинный пароль";
    const member = await createStaff("MODERATOR", ["KG"]);
    await prisma.user.update({ where: { id: member.user.id }, data: { passwordHash: await hashPassword(password) } });
    expect((await listStaff(admin.actor)).find((m) => m.id === member.user.id)!.lastSignInAt).toBeNull();
    const before = Date.now();
    const result = await authenticateUser({ email: member.user.email, password, ip: "192.0.2.41", audience: "staff" });
    expect(result.ok).toBe(true);
    await prisma.signInSession.deleteMany({ where: { userId: member.user.id } });
    const listed = (await listStaff(admin.actor)).find((m) => m.id === member.user.id)!;
    expect(listed.lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe("invitations", () => {
  it("the team page shows an unused invitation with its link's end; resending gives a new link, the old one dies", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const member = await invite(admin);
    const listed = (await listStaff(admin.actor)).find((m) => m.id === member.id)!;
    expect(listed.invitation?.linkExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 47 * 3600_000);
    expect(listed.lastSignInAt).toBeNull();

    await resendStaffInvitation(admin.actor, { userId: member.id }, { locale: "ky" });
    const fresh = await lastLink(member.email);
    expect(fresh).not.toBe(member.token);
    expect(await mails(member.email)).toBe(2);
    expect((await findOneTimeToken(prisma, member.token, "PASSWORD_RESET")).check).toBe("used");
    expect((await findOneTimeToken(prisma, fresh, "PASSWORD_RESET")).check).toBe("valid");
    expect(await prisma.auditLog.count({ where: { entityId: member.id, action: "staff.invitation_resent" } })).toBe(1);

    // Once the person has used the link, the invitation is no longer pending: neither resent nor revoked.
    expect(await resetPassword({ token: fresh, password: "Долгий-пароль-2026" }, { ip: "203.0.113.7" })).toMatch(
      /^done/,
    );
    expect((await listStaff(admin.actor)).find((m) => m.id === member.id)!.invitation).toBeNull();
    await expect(resendStaffInvitation(admin.actor, { userId: member.id }, { locale: "ru" })).rejects.toMatchObject({
      code: "conflict",
      fields: { invitation: ["staffTeam.errorInvitationUsed"] },
    });
    await expect(revokeStaffInvitation(admin.actor, { userId: member.id, confirm: "on" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await mails(member.email)).toBe(2);
    expect((await userRow(member.id)).disabledAt).toBeNull();
  });

  it("revoking (confirmed) disables the account and kills the link; moderators and unconfirmed requests change nothing", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG"]);
    const moderator = await createStaff("MODERATOR", ["KG"]);
    const member = await invite(admin);
    const tokens = () => prisma.oneTimeToken.findMany({ where: { userId: member.id }, orderBy: { createdAt: "asc" } });
    const snapshot = async () => JSON.stringify([await userRow(member.id), await tokens(), await mails(member.email)]);
    const before = await snapshot();
    await expect(resendStaffInvitation(moderator.actor, { userId: member.id }, { locale: "ru" })).rejects.toMatchObject(
      { code: "forbidden" },
    );
    await expect(revokeStaffInvitation(moderator.actor, { userId: member.id, confirm: "on" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(revokeStaffInvitation(admin.actor, { userId: member.id })).rejects.toMatchObject({
      fields: { confirm: ["staffTeam.errorConfirmRevoke"] },
    });
    // An administrator's own account (they are signed in) is no pending invitation.
    await prisma.signInSession.create({ data: { userId: admin.user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    await expect(revokeStaffInvitation(admin.actor, { userId: admin.user.id, confirm: "on" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await snapshot()).toBe(before);

    await revokeStaffInvitation(admin.actor, { userId: member.id, confirm: "on" });
    const after = await userRow(member.id);
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(1);
    expect((await findOneTimeToken(prisma, member.token, "PASSWORD_RESET")).check).toBe("used");
    expect(await resetPassword({ token: member.token, password: "Долгий-пароль-2026" }, { ip: "203.0.113.8" })).toBe(
      "used",
    );
    expect(await prisma.auditLog.count({ where: { entityId: member.id, action: "staff.invitation_revoked" } })).toBe(1);
    // A revoked invitation cannot be resent while the account stays disabled.
    await expect(resendStaffInvitation(admin.actor, { userId: member.id }, { locale: "ru" })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await userRow(admin.user.id)).disabledAt).toBeNull();
  });
});
