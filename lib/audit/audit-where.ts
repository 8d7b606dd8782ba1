import "server-only";
import type { AdministratorActor } from "@/lib/access/actor";
import { auditScope } from "@/lib/access/scopes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { actionCodesOf } from "./action-catalog";
import type { AuditFilter } from "./schemas";

// Days are Central Asia's (UTC+5, as lib/vacancies/form-values.ts counts them), not UTC's.
const dayStart = (day: string) => new Date(`${day}T00:00:00+05:00`);
const none = ["-"]; // an id no record has: a text that matches nobody finds nothing, not everything

/** People whose name or e-mail contains the text (at most 500: a text that broad is refined, not paged). */
async function personIds(text: string): Promise<string[]> {
  const people = await db.user.findMany({
    where: {
      OR: [{ name: { contains: text, mode: "insensitive" } }, { email: { contains: text, mode: "insensitive" } }],
    },
    select: { id: true },
    take: 500,
  });
  return people.length ? people.map((p) => p.id) : none;
}

/**
 * The records about organisations whose name contains the text or whose BIN/INN starts with it: the
 * organisation itself, its vacancies (and reports on them), its invitations and its people's accounts.
 */
async function organizationRecords(text: string): Promise<Prisma.AuditLogWhereInput> {
  const digits = /^\d+$/.test(text) ? text : null;
  const organizations = await db.organization.findMany({
    where: {
      OR: [
        { legalName: { contains: text, mode: "insensitive" } },
        ...(digits ? [{ registryNumber: { startsWith: digits } }] : []),
      ],
    },
    select: { id: true },
    take: 50,
  });
  const ids = organizations.map((o) => o.id);
  if (!ids.length) return { entityId: { in: none } };
  const [vacancies, invitations, members, reports] = await Promise.all([
    db.vacancy.findMany({ where: { organizationId: { in: ids } }, select: { id: true } }),
    db.invitation.findMany({ where: { organizationId: { in: ids } }, select: { id: true } }),
    db.membership.findMany({ where: { organizationId: { in: ids } }, select: { userId: true } }),
    db.report.findMany({ where: { vacancy: { organizationId: { in: ids } } }, select: { id: true } }),
  ]);
  const of = (entityType: string, entityIds: string[]) =>
    entityIds.length ? [{ entityType, entityId: { in: entityIds } }] : [];
  return {
    OR: [
      ...of("Organization", ids),
      ...of(
        "Vacancy",
        vacancies.map((v) => v.id),
      ),
      ...of(
        "Invitation",
        invitations.map((i) => i.id),
      ),
      ...of(
        "User",
        members.map((m) => m.userId),
      ),
      ...of(
        "Report",
        reports.map((r) => r.id),
      ),
    ],
  };
}

/** The audit records an administrator asked for, within what they may read. */
export async function auditWhere(
  administrator: AdministratorActor,
  filter: AuditFilter,
): Promise<Prisma.AuditLogWhereInput> {
  const and: Prisma.AuditLogWhereInput[] = [auditScope(administrator)];
  if (filter.actor) and.push({ actorId: filter.actor });
  if (filter.person) {
    const ids = await personIds(filter.person);
    and.push({ OR: [{ actorId: { in: ids } }, { entityType: "User", entityId: { in: ids } }] });
  }
  if (filter.organization) and.push(await organizationRecords(filter.organization));
  if (filter.action) and.push({ action: { in: [...(actionCodesOf(filter.action) ?? none)] } });
  if (filter.from || filter.to)
    and.push({
      at: {
        ...(filter.from ? { gte: dayStart(filter.from) } : {}),
        ...(filter.to ? { lt: new Date(dayStart(filter.to).getTime() + 86_400_000) } : {}),
      },
    });
  return { AND: and };
}
