import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { parseInput } from "@/lib/forms/parse-input";
import { announcePublicChange } from "@/lib/search/record-search-change";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { notifyOrganization } from "@/lib/notifications/notify";
import { findOrganizationInJurisdiction, reindexOrganizationVacancies } from "./find-organization-in-jurisdiction";
import { verifyOrganizationSchema } from "./schemas";

/** A moderator checked the registry number against the state register: records who, when and how. */
export async function verifyOrganization(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const { organizationId, note } = parseInput(verifyOrganizationSchema, input);
  const organization = await findOrganizationInJurisdiction(staff, organizationId);
  const mailIds = await db.$transaction(async (tx) => {
    const after = await tx.organization.update({
      where: { id: organization.id },
      data: {
        verificationState: "VERIFIED",
        verifiedAt: new Date(),
        verifiedById: staff.userId,
        verificationNote: note,
      },
    });
    await writeAudit(tx, {
      actor: staff,
      action: "organization.verified",
      entityType: "Organization",
      entityId: organization.id,
      before: { verificationState: organization.verificationState },
      after: { verificationState: after.verificationState, note },
    });
    await reindexOrganizationVacancies(tx, organization.id, "published");
    return notifyOrganization(tx, { organizationId: organization.id, kind: "ORGANIZATION_VERIFIED", params: {} });
  });
  await announcePublicChange();
  await requestMailDelivery(mailIds);
}
