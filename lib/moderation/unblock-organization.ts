import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { parseInput } from "@/lib/forms/parse-input";
import { announcePublicChange } from "@/lib/search/record-search-change";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { notifyOrganization } from "@/lib/notifications/notify";
import { AppError } from "@/lib/server/errors";
import { findOrganizationInJurisdiction, reindexOrganizationVacancies } from "./find-organization-in-jurisdiction";
import { unblockOrganizationSchema } from "./schemas";

/** Lifts a block; the vacancies that were published come back. */
export async function unblockOrganization(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const { organizationId } = parseInput(unblockOrganizationSchema, input);
  const organization = await findOrganizationInJurisdiction(staff, organizationId);
  if (!organization.blockedAt) throw new AppError("conflict", "not blocked");
  const mailIds = await db.$transaction(async (tx) => {
    await tx.organization.update({ where: { id: organization.id }, data: { blockedAt: null, blockReason: null } });
    await writeAudit(tx, {
      actor: staff,
      action: "organization.unblocked",
      entityType: "Organization",
      entityId: organization.id,
      before: { reason: organization.blockReason },
    });
    await reindexOrganizationVacancies(tx, organization.id, "published");
    return notifyOrganization(tx, { organizationId: organization.id, kind: "ORGANIZATION_UNBLOCKED", params: {} });
  });
  await announcePublicChange();
  await requestMailDelivery(mailIds);
}
