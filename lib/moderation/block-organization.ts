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
import { blockOrganizationSchema } from "./schemas";

/** Blocks an employer: all its vacancies leave the public base at once (pages, search index), with the reason recorded. */
export async function blockOrganization(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const { organizationId, reason } = parseInput(blockOrganizationSchema, input);
  const organization = await findOrganizationInJurisdiction(staff, organizationId);
  if (organization.blockedAt) throw new AppError("conflict", "already blocked");
  const mailIds = await db.$transaction(async (tx) => {
    await tx.organization.update({
      where: { id: organization.id },
      data: { blockedAt: new Date(), blockReason: reason },
    });
    await writeAudit(tx, {
      actor: staff,
      action: "organization.blocked",
      entityType: "Organization",
      entityId: organization.id,
      after: { reason },
    });
    await reindexOrganizationVacancies(tx, organization.id, "all");
    return notifyOrganization(tx, {
      organizationId: organization.id,
      kind: "ORGANIZATION_BLOCKED",
      params: { message: reason },
    });
  });
  await announcePublicChange();
  await requestMailDelivery(mailIds);
}
