import "server-only";
import type { StaffActor } from "@/lib/access/actor";
import { organizationJurisdiction } from "@/lib/access/scopes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordSearchChange } from "@/lib/search/record-search-change";
import { db } from "@/lib/server/db";
import { recordPublicPageChange } from "@/lib/pages/public-pages";
import { AppError } from "@/lib/server/errors";

/** The organisation if it is registered in one of the staff member's countries; else "not found". */
export async function findOrganizationInJurisdiction(staff: StaffActor, organizationId: string) {
  const organization = await db.organization.findFirst({
    where: { id: organizationId, ...organizationJurisdiction(staff) },
  });
  if (!organization) throw new AppError("not_found");
  return organization;
}

/**
 * The organisation's vacancies must follow its new state in the search index (all of them, or the public
 * ones), and its public page too.
 */
export async function reindexOrganizationVacancies(
  tx: Prisma.TransactionClient,
  organizationId: string,
  which: "all" | "published",
) {
  const vacancies = await tx.vacancy.findMany({
    where: { organizationId, ...(which === "published" ? { status: "PUBLISHED" as const } : {}) },
    select: { id: true },
  });
  await recordSearchChange(
    tx,
    vacancies.map((v) => v.id),
  );
  await recordPublicPageChange(tx, { organizationIds: [organizationId] });
}
