import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer, requireOwner } from "@/lib/access/require";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { Prisma } from "@/lib/generated/prisma/client";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { reindexOrganizationVacancies } from "@/lib/moderation/find-organization-in-jurisdiction";
import { notifyOrganization } from "@/lib/notifications/notify";
import { recordPublicPageChange } from "@/lib/pages/public-pages";
import { announcePublicChange } from "@/lib/search/record-search-change";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { registryNumberProblem } from "./registry-number";
import { organizationContactsSchema, organizationLegalSchema } from "./schemas";

/** The member's organisation as its profile page shows it, and whether they may change its legal details. */
export async function getOrganizationProfile(actor: Actor | null) {
  const employer = requireEmployer(actor);
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: employer.organizationId },
    select: {
      id: true,
      legalName: true,
      registryNumber: true,
      agencyLicense: true,
      countryCode: true,
      kind: true,
      contactPhone: true,
      contactEmail: true,
      website: true,
      address: true,
      description: true,
      verificationState: true,
      verifiedAt: true,
      blockedAt: true,
    },
  });
  return { organization, canEditLegal: employer.membershipRole === "OWNER" };
}

/** Any member keeps the contacts and the description up to date; the public employer page follows. */
export async function updateOrganizationContacts(actor: Actor | null, input: unknown): Promise<void> {
  const employer = requireEmployer(actor);
  const values = parseInput(organizationContactsSchema, input);
  await db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: employer.organizationId },
      select: { contactPhone: true, contactEmail: true, website: true, address: true, description: true },
    });
    await tx.organization.update({ where: { id: employer.organizationId }, data: values });
    await writeAudit(tx, {
      actor: employer,
      action: "organization.profile_updated",
      entityType: "Organization",
      entityId: employer.organizationId,
      before,
      after: values,
    });
    await recordPublicPageChange(tx, { organizationIds: [employer.organizationId] });
  });
  await announcePublicChange();
}

/**
 * The owner changes the legal name, registry number or agency licence. A new name or number is a new
 * identity that no moderator has checked: the organisation goes back to "not verified" (its vacancies
 * lose the mark at once) and every member is told why. Checked inside the transaction: the actor must
 * still be this organisation's owner when the change is written.
 */
export async function updateOrganizationLegalDetails(actor: Actor | null, input: unknown): Promise<void> {
  const owner = requireOwner(actor);
  const values = parseInput(organizationLegalSchema, input);
  const mailIds = await db
    .$transaction(async (tx) => {
      const organization = await tx.organization.findFirst({
        where: { id: owner.organizationId, members: { some: { userId: owner.userId, role: "OWNER" } } },
      });
      if (!organization) throw new AppError("forbidden");
      const problem = registryNumberProblem(organization.countryCode, values.registryNumber);
      if (problem) throw invalidFields({ registryNumber: [`validation.registryNumber.${problem}`] });
      if (organization.kind === "RECRUITMENT_AGENCY" && !values.agencyLicense)
        throw invalidFields({ agencyLicense: ["validation.agencyLicenseRequired"] });
      const newIdentity =
        values.legalName !== organization.legalName || values.registryNumber !== organization.registryNumber;
      const resetVerification = newIdentity && organization.verificationState !== "UNVERIFIED";
      await tx.organization.update({
        where: { id: organization.id },
        data: {
          ...values,
          ...(resetVerification
            ? { verificationState: "UNVERIFIED", verifiedAt: null, verifiedById: null, verificationNote: null }
            : {}),
        },
      });
      await writeAudit(tx, {
        actor: owner,
        action: "organization.legal_details_changed",
        entityType: "Organization",
        entityId: organization.id,
        before: {
          legalName: organization.legalName,
          registryNumber: organization.registryNumber,
          agencyLicense: organization.agencyLicense,
          verificationState: organization.verificationState,
        },
        after: { ...values, verificationState: resetVerification ? "UNVERIFIED" : organization.verificationState },
      });
      await reindexOrganizationVacancies(tx, organization.id, "published");
      if (!resetVerification) return [];
      return notifyOrganization(tx, {
        organizationId: organization.id,
        kind: "ORGANIZATION_VERIFICATION_RESET",
        params: { organization: values.legalName },
      });
    })
    .catch((error) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        throw invalidFields({ registryNumber: ["validation.registryNumberUsed"] });
      throw error;
    });
  await announcePublicChange();
  await requestMailDelivery(mailIds);
}
