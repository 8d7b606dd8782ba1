import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { displayNames } from "@/lib/accounts/display-names";
import { db } from "@/lib/server/db";
import { findOrganizationInJurisdiction } from "./find-organization-in-jurisdiction";
import { loadEmployerRecord } from "./load-employer-record";

/** The organisation's own events a moderator reads: registration, checks, blocks, changes of its details. */
const organizationEvents = [
  "organization.registered",
  "organization.verified",
  "organization.blocked",
  "organization.unblocked",
  "organization.legal_details_changed",
];
/** Decisions on its vacancies. */
const decisionEvents = [
  "vacancy.approved",
  "vacancy.changes_requested",
  "vacancy.rejected",
  "vacancy.closed_by_moderator",
  "vacancy.revision_approved",
  "vacancy.revision_rejected",
  "vacancy.hidden_by_reports",
];

/**
 * One employer for staff of its country: its details, its record, all its vacancies (newest first), the
 * moderators' decisions on them, the reports about them, and its verification and block history, with
 * who did what. Another country's employer is "not found".
 */
export async function openEmployer(actor: Actor | null, organizationId: string) {
  const staff = requireStaff(actor);
  const organization = await findOrganizationInJurisdiction(staff, organizationId);
  const vacancies = await db.vacancy.findMany({
    where: { organizationId: organization.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      language: true,
      status: true,
      countryCode: true,
      createdAt: true,
      publishedAt: true,
      validThrough: true,
      _count: { select: { responses: true, reports: true } },
    },
  });
  const vacancyIds = vacancies.map((vacancy) => vacancy.id);
  const [record, decisions, reports, history, members] = await Promise.all([
    loadEmployerRecord(organization.id),
    db.auditLog.findMany({
      where: { entityType: "Vacancy", entityId: { in: vacancyIds }, action: { in: decisionEvents } },
      orderBy: { at: "desc" },
      take: 50,
    }),
    db.report.findMany({
      where: { vacancyId: { in: vacancyIds } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, vacancyId: true, reason: true, status: true, outcome: true, createdAt: true },
    }),
    db.auditLog.findMany({
      where: { entityType: "Organization", entityId: organization.id, action: { in: organizationEvents } },
      orderBy: { at: "desc" },
      take: 50,
    }),
    db.membership.count({ where: { organizationId: organization.id } }),
  ]);
  const nameOf = await displayNames([...decisions, ...history].map((entry) => entry.actorId));
  const titleOf = new Map(vacancies.map((vacancy) => [vacancy.id, vacancy.title]));
  const named = <T extends { actorId: string | null }>(entry: T) => ({
    ...entry,
    actorName: entry.actorId ? (nameOf.get(entry.actorId) ?? null) : null,
  });
  return {
    organization,
    record,
    members,
    vacancies,
    decisions: decisions.map((entry) => ({ ...named(entry), vacancyTitle: titleOf.get(entry.entityId) ?? "" })),
    reports: reports.map((report) => ({ ...report, vacancyTitle: titleOf.get(report.vacancyId) ?? "" })),
    history: history.map(named),
  };
}
