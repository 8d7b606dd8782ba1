import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmployerActor, StaffActor } from "./actor";

// The row limits of each permission scope, one builder per model. Use cases spread them into their
// `where`, so another country's or another organisation's row is simply not found (no separate check that
// a later edit could forget). Nothing else in the code writes a jurisdiction or organisation filter.

/** Vacancies a staff member acts on: those whose work is in one of their countries. */
export function vacancyJurisdiction(staff: StaffActor): Prisma.VacancyWhereInput {
  return { countryCode: { in: staff.jurisdictions } };
}

/** Organisations a staff member acts on: those registered in one of their countries. */
export function organizationJurisdiction(staff: StaffActor): Prisma.OrganizationWhereInput {
  return { countryCode: { in: staff.jurisdictions } };
}

/** Report cases a staff member handles: reports of vacancies in one of their countries. */
export function reportJurisdiction(staff: StaffActor): Prisma.ReportWhereInput {
  return { countryCode: { in: staff.jurisdictions } };
}

/**
 * The audit log an administrator reads: all of it. Administrators run the portal for both countries
 * (staff, rules, the exchange rate), and the log is their record of everything that happened.
 */
export function auditScope(_administrator: StaffActor): Prisma.AuditLogWhereInput {
  return {};
}

/** An employer's own vacancies: those of their organisation. */
export function ownVacancies(employer: EmployerActor): Prisma.VacancyWhereInput {
  return { organizationId: employer.organizationId };
}

/** Responses to an employer's vacancies. */
export function ownResponses(employer: EmployerActor): Prisma.ResponseWhereInput {
  return { vacancy: ownVacancies(employer) };
}

/** Staff accounts (administrators manage them). */
export const staffAccounts: Prisma.UserWhereInput = { role: { in: ["MODERATOR", "ADMINISTRATOR"] } };
