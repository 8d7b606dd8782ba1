import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/access/actor";
import { createEmployer } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createVacancy } from "@/prisma/seed/factories";
import {
  getOrganizationProfile,
  updateOrganizationContacts,
  updateOrganizationLegalDetails,
} from "./organization-profile";
import { removeMember, transferOwnership } from "./team";

const prisma = testPrisma();
const contacts = {
  contactPhone: "+7 727 300 40 50",
  contactEmail: "HR@Alatau-Stroy.kz",
  website: "alatau-stroy.kz",
  address: "Алматы, ул. Толе би, 101",
  description: "Строим жильё в Алматы с 2009 года. 300 рабочих, общежитие у объекта.",
};
const organizationRow = (id: string) => prisma.organization.findUniqueOrThrow({ where: { id } });

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("organisation profile", () => {
  it("any member keeps contacts and description; the website gets its scheme; a script link is refused", async () => {
    const owner = await createEmployer({ country: "KZ" });
    const member = await createEmployer({ organization: owner.organization, role: "MEMBER" });
    await updateOrganizationContacts(member.actor, contacts);
    const saved = await organizationRow(owner.organization.id);
    expect(saved).toMatchObject({
      contactEmail: "hr@alatau-stroy.kz",
      website: "https://alatau-stroy.kz",
      address: "Алматы, ул. Толе би, 101",
      verificationState: "VERIFIED", // contacts are not identity
    });
    await expect(
      updateOrganizationContacts(member.actor, {
        ...contacts,
        website: "javascript:alert(1)",
        description: "x".repeat(2001),
      }),
    ).rejects.toMatchObject({
      code: "invalid",
      fields: { website: ["validation.website"], description: ["validation.tooLong"] },
    });
    expect((await organizationRow(owner.organization.id)).website).toBe("https://alatau-stroy.kz");
    expect(
      await prisma.auditLog.count({
        where: { action: "organization.profile_updated", entityId: owner.organization.id },
      }),
    ).toBe(1);
  });

  it("a new legal name sends a verified organisation back to 'not verified', tells every member, and the vacancies lose the mark", async () => {
    const owner = await createEmployer({ country: "KZ" });
    const member = await createEmployer({ organization: owner.organization, role: "MEMBER" });
    const vacancy = await createVacancy(prisma, { organizationId: owner.organization.id });
    const before = await organizationRow(owner.organization.id);
    // The same identity saved again: verification stays.
    await updateOrganizationLegalDetails(owner.actor, {
      legalName: before.legalName,
      registryNumber: before.registryNumber,
    });
    expect((await organizationRow(owner.organization.id)).verificationState).toBe("VERIFIED");

    await updateOrganizationLegalDetails(owner.actor, {
      legalName: "ТОО «Алатау Строй Групп»",
      registryNumber: before.registryNumber,
    });
    const after = await organizationRow(owner.organization.id);
    expect(after).toMatchObject({
      legalName: "ТОО «Алатау Строй Групп»",
      verificationState: "UNVERIFIED",
      verifiedAt: null,
    });
    const mails = await prisma.mailMessage.findMany({
      where: { kind: "notification:ORGANIZATION_VERIFICATION_RESET" },
    });
    expect(mails.map((m) => m.to).sort()).toEqual([owner.user.email, member.user.email].sort());
    expect(await prisma.searchOutbox.count({ where: { vacancyId: vacancy.id } })).toBeGreaterThan(0);
    expect((await getOrganizationProfile(member.actor)).canEditLegal).toBe(false);
  });

  it("refuses a registry number that is malformed or belongs to another organisation; nothing changes", async () => {
    const owner = await createEmployer({ country: "KZ" });
    const other = await createEmployer({ country: "KZ" });
    const before = await organizationRow(owner.organization.id);
    await expect(
      updateOrganizationLegalDetails(owner.actor, { legalName: "Новое имя", registryNumber: "123456789012" }),
    ).rejects.toMatchObject({ code: "invalid", fields: { registryNumber: ["validation.registryNumber.checksum"] } });
    await expect(
      updateOrganizationLegalDetails(owner.actor, {
        legalName: "Новое имя",
        registryNumber: other.organization.registryNumber,
      }),
    ).rejects.toMatchObject({ code: "invalid", fields: { registryNumber: ["validation.registryNumberUsed"] } });
    expect(await organizationRow(owner.organization.id)).toEqual(before);
  });
});

describe("team roles: what a member may not do, and what the owner may", () => {
  it("a member cannot change legal details, remove the owner or take ownership; nothing changes", async () => {
    const owner = await createEmployer({ country: "KG" });
    const member = await createEmployer({ organization: owner.organization, role: "MEMBER" });
    const before = await organizationRow(owner.organization.id);
    const ownerMembership = await prisma.membership.findFirstOrThrow({ where: { userId: owner.user.id } });
    const memberMembership = await prisma.membership.findFirstOrThrow({ where: { userId: member.user.id } });

    await expect(
      updateOrganizationLegalDetails(member.actor, { legalName: "Захват", registryNumber: before.registryNumber }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember(member.actor, { membershipId: ownerMembership.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(transferOwnership(member.actor, { membershipId: memberMembership.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await organizationRow(owner.organization.id)).toEqual(before);
    expect(
      (
        await prisma.membership.findMany({
          where: { organizationId: owner.organization.id },
          orderBy: { createdAt: "asc" },
        })
      ).map((m) => m.role),
    ).toEqual(["OWNER", "MEMBER"]);
  });

  it("the owner cannot remove themselves or act on another organisation's people", async () => {
    const owner = await createEmployer({ country: "KG" });
    const stranger = await createEmployer({ country: "KZ" });
    const strangerColleague = await createEmployer({ organization: stranger.organization, role: "MEMBER" });
    const own = await prisma.membership.findFirstOrThrow({ where: { userId: owner.user.id } });
    const foreign = await prisma.membership.findFirstOrThrow({ where: { userId: strangerColleague.user.id } });
    await expect(removeMember(owner.actor, { membershipId: own.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(owner.actor, { membershipId: foreign.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(transferOwnership(owner.actor, { membershipId: foreign.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await prisma.membership.count({ where: { organizationId: stranger.organization.id } })).toBe(2);
  });

  it("the owner removes a member: their sessions end at once and they no longer act for the organisation", async () => {
    const owner = await createEmployer({ country: "KG" });
    const member = await createEmployer({ organization: owner.organization, role: "MEMBER" });
    const membership = await prisma.membership.findFirstOrThrow({ where: { userId: member.user.id } });
    await removeMember(owner.actor, { membershipId: membership.id });
    expect(await prisma.membership.count({ where: { userId: member.user.id } })).toBe(0);
    expect(await loadActor(member.user.id, member.user.sessionVersion)).toBeNull(); // the old session is void
    const fresh = await loadActor(member.user.id, member.user.sessionVersion + 1);
    expect(fresh?.organizationId).toBeNull();
    await expect(getOrganizationProfile(fresh)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("ownership moves to a confirmed member; the former owner becomes a member and loses owner rights at once", async () => {
    const owner = await createEmployer({ country: "KZ" });
    const member = await createEmployer({ organization: owner.organization, role: "MEMBER" });
    const membership = await prisma.membership.findFirstOrThrow({ where: { userId: member.user.id } });
    await transferOwnership(owner.actor, { membershipId: membership.id });
    const roles = await prisma.membership.findMany({ where: { organizationId: owner.organization.id } });
    expect(Object.fromEntries(roles.map((r) => [r.userId, r.role]))).toEqual({
      [owner.user.id]: "MEMBER",
      [member.user.id]: "OWNER",
    });
    // The old owner's actor from before the change is refused inside the transaction.
    await expect(transferOwnership(owner.actor, { membershipId: membership.id })).rejects.toMatchObject({
      code: "forbidden",
    });
    const unconfirmed = await createEmployer({ organization: owner.organization, role: "MEMBER" });
    await prisma.user.update({ where: { id: unconfirmed.user.id }, data: { emailVerified: null } });
    const newOwner = (await loadActor(member.user.id, 0))!;
    const unconfirmedMembership = await prisma.membership.findFirstOrThrow({ where: { userId: unconfirmed.user.id } });
    await expect(transferOwnership(newOwner, { membershipId: unconfirmedMembership.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
