import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/accounts/authenticate-user";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { acceptInvitation, describeInvitation } from "./accept-invitation";
import { inviteMember } from "./invite-member";
import { listMembers } from "./list-members";
import { revokeInvitation } from "./revoke-invitation";

const prisma = testPrisma();
const tokenFromMail = async (to: string) => {
  const mail = await prisma.mailMessage.findFirstOrThrow({
    where: { to, kind: "invitation" },
    orderBy: { createdAt: "desc" },
  });
  return mail.text.match(/invitation\?token=([A-Za-z0-9_-]{43})/)![1]!;
};

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("inviting colleagues", () => {
  it("an owner invites by e-mail; the colleague sets a password and joins as a member", async () => {
    const owner = await createEmployer({ country: "KG" });
    await inviteMember(owner.actor, { email: "Colleague@Example.kg", locale: "ky" });
    const token = await tokenFromMail("colleague@example.kg");
    expect(await describeInvitation(token)).toEqual({
      check: "valid",
      email: "colleague@example.kg",
      organization: owner.organization.legalName,
    });

    await expect(acceptInvitation({ token, name: "Бакыт", password: "short" }, { locale: "ky" })).rejects.toMatchObject(
      { fields: { password: ["validation.passwordTooShort"] } },
    );
    expect(await acceptInvitation({ token, name: "Бакыт", password: "бир узун сыр соз" }, { locale: "ky" })).toBe(
      "valid",
    );
    expect(await acceptInvitation({ token, name: "Бакыт", password: "бир узун сыр соз" }, { locale: "ky" })).toBe(
      "used",
    );

    const { organization } = await listMembers(owner.actor);
    expect(organization.members.map((m) => [m.user.email, m.role])).toContainEqual(["colleague@example.kg", "MEMBER"]);
    expect(
      (
        await authenticateUser({
          email: "colleague@example.kg",
          password: "бир узун сыр соз",
          ip: "10.1.0.1",
          audience: "employer",
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses members who are not owners and anonymous callers; nothing is written", async () => {
    const owner = await createEmployer();
    const member = await createEmployer({ organization: owner.organization, role: "MEMBER" });
    const invitations = await prisma.invitation.count();
    await expect(inviteMember(member.actor, { email: "x@example.kz" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(inviteMember(null, { email: "x@example.kz" })).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await prisma.invitation.count()).toBe(invitations);
  });

  it("does not tell the inviter whether an address has an account (a ministry officer's included)", async () => {
    const owner = await createEmployer();
    const other = await createEmployer({ country: "KG" });
    const { user: officer } = await createStaff("MODERATOR", ["KZ"]);
    const answers = await Promise.all(
      [other.user.email, officer.email, "nobody-yet@example.kz"].map((email) => inviteMember(owner.actor, { email })),
    );
    // The same answer shape each time, and each appears as an open invitation.
    for (const answer of answers) expect(Object.keys(answer)).toEqual(["invitationId"]);
    expect(await prisma.invitation.count({ where: { organizationId: owner.organization.id } })).toBe(3);
    // Only the address without an account gets a link; the others learn why they cannot join.
    const mails = await prisma.mailMessage.findMany({
      where: { to: { in: [other.user.email, officer.email, "nobody-yet@example.kz"] } },
    });
    expect(Object.fromEntries(mails.map((m) => [m.to, m.kind]))).toEqual({
      [other.user.email]: "invitation-has-account",
      [officer.email]: "invitation-has-account",
      "nobody-yet@example.kz": "invitation",
    });
    const explained = mails.find((m) => m.kind === "invitation-has-account")!.text;
    expect(explained).not.toContain("token=");
    expect(explained.split(owner.organization.legalName)).toHaveLength(3); // named in both paragraphs
  });

  it("lets only the inviting organisation's owner withdraw an invitation; a withdrawn link does not work", async () => {
    const owner = await createEmployer();
    const stranger = await createEmployer({ country: "KG" });
    const { invitationId } = await inviteMember(owner.actor, { email: "later@example.kz" });
    const token = await tokenFromMail("later@example.kz");
    await expect(revokeInvitation(stranger.actor, invitationId)).rejects.toMatchObject({ code: "not_found" });
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
    await revokeInvitation(owner.actor, invitationId);
    expect(await acceptInvitation({ token, name: "Ерлан", password: "a long enough password" }, { locale: "ru" })).toBe(
      "invalid",
    );
  });
});
