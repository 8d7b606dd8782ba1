import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { ownResponses, ownVacancies } from "@/lib/access/scopes";
import { db } from "@/lib/server/db";

export const dashboardStatusOrder = ["PENDING_REVIEW", "PUBLISHED", "REJECTED", "DRAFT", "EXPIRED", "CLOSED"] as const;

/** The employer's dashboard: their organisation and its vacancies by status, with views and open revisions. */
export async function listOrganizationVacancies(actor: Actor | null) {
  const employer = requireEmployer(actor);
  const [organization, vacancies] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: employer.organizationId },
      select: {
        id: true,
        legalName: true,
        countryCode: true,
        kind: true,
        verificationState: true,
        registryNumber: true,
        blockedAt: true,
        blockReason: true,
      },
    }),
    db.vacancy.findMany({
      where: ownVacancies(employer),
      orderBy: [{ updatedAt: "desc" }],
      select: {
        id: true,
        title: true,
        status: true,
        viewCount: true,
        validThrough: true,
        publishedAt: true,
        updatedAt: true,
        rejectionReason: true,
        rejectionCode: true,
        countryCode: true,
        responsesEnabled: true,
        _count: { select: { responses: true } },
        revisions: {
          where: { status: { in: ["DRAFT", "PENDING_REVIEW", "REJECTED"] } },
          orderBy: { updatedAt: "desc" },
          take: 1,
          select: { id: true, status: true, rejectionReason: true },
        },
      },
    }),
  ]);
  const fresh = await db.response.groupBy({
    by: ["vacancyId"],
    where: { ...ownResponses(employer), status: "NEW" },
    _count: { _all: true },
  });
  const newByVacancy = new Map(fresh.map((row) => [row.vacancyId, row._count._all]));
  const withResponses = vacancies.map((v) => ({ ...v, newResponses: newByVacancy.get(v.id) ?? 0 }));
  const byStatus = dashboardStatusOrder.map((status) => ({
    status,
    vacancies: withResponses.filter((v) => v.status === status),
  }));
  const views = vacancies.reduce((sum, v) => sum + v.viewCount, 0);
  return { organization, byStatus, total: vacancies.length, views };
}
