import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { organizationJurisdiction } from "@/lib/access/scopes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { employerFilterSchema } from "./schemas";

export const employersPageSize = 25;

/**
 * The employers registry of the staff member's countries: found by part of the name or by the BIN/INN
 * (digits, spaces ignored), filtered by country, kind, verification and block state, 25 a page, newest
 * first, each with its vacancies by status and its open reports.
 */
export async function listEmployers(actor: Actor | null, input: unknown = {}) {
  const staff = requireStaff(actor);
  const filter = employerFilterSchema.parse(input ?? {});
  const digits = filter.q?.replace(/[\s-]/g, "") ?? "";
  const where: Prisma.OrganizationWhereInput = {
    AND: [
      organizationJurisdiction(staff),
      filter.country ? { countryCode: filter.country } : {},
      filter.kind ? { kind: filter.kind } : {},
      filter.verification ? { verificationState: filter.verification } : {},
      filter.blocked ? { blockedAt: filter.blocked === "yes" ? { not: null } : null } : {},
      filter.q
        ? /^\d{3,14}$/.test(digits)
          ? { registryNumber: { startsWith: digits } }
          : { legalName: { contains: filter.q, mode: "insensitive" } }
        : {},
    ],
  };
  const page = filter.page ?? 1;
  const [total, organizations] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * employersPageSize,
      take: employersPageSize,
      select: {
        id: true,
        legalName: true,
        countryCode: true,
        kind: true,
        registryNumber: true,
        verificationState: true,
        blockedAt: true,
        isDemo: true,
        createdAt: true,
      },
    }),
  ]);
  const ids = organizations.map((organization) => organization.id);
  const [published, openReports] = await Promise.all([
    db.vacancy.groupBy({
      by: ["organizationId"],
      where: { organizationId: { in: ids }, status: "PUBLISHED" },
      _count: { _all: true },
    }),
    db.report.groupBy({
      by: ["vacancyId"],
      where: { vacancy: { organizationId: { in: ids } }, status: { in: ["NEW", "IN_PROGRESS"] } },
      _count: { _all: true },
    }),
  ]);
  const reportVacancies = openReports.length
    ? await db.vacancy.findMany({
        where: { id: { in: openReports.map((row) => row.vacancyId) } },
        select: { id: true, organizationId: true },
      })
    : [];
  const ownerOf = new Map(reportVacancies.map((vacancy) => [vacancy.id, vacancy.organizationId]));
  const reportsBy = new Map<string, number>();
  for (const row of openReports) {
    const owner = ownerOf.get(row.vacancyId)!;
    reportsBy.set(owner, (reportsBy.get(owner) ?? 0) + row._count._all);
  }
  const publishedBy = new Map(published.map((row) => [row.organizationId, row._count._all]));
  return {
    filter,
    page,
    total,
    pages: Math.max(1, Math.ceil(total / employersPageSize)),
    employers: organizations.map((organization) => ({
      ...organization,
      published: publishedBy.get(organization.id) ?? 0,
      openReports: reportsBy.get(organization.id) ?? 0,
    })),
  };
}
