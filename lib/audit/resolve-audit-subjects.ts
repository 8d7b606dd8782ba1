import "server-only";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

export type AuditPerson = { id: string; name: string | null; email: string; role: UserRole };

/** What a record is about, by name: the page says "Вакансия «Повар» (ТОО …)", not "Vacancy cm3x…". */
export type AuditSubject =
  | { kind: "vacancy"; id: string; title: string; organization: string }
  | { kind: "organization"; id: string; name: string; registryNumber: string }
  | { kind: "user"; id: string; person: AuditPerson }
  | { kind: "invitation"; id: string; email: string; organization: string }
  | { kind: "report"; id: string; receipt: string; title: string; vacancyId: string }
  | { kind: "exchangeRate"; id: string; base: string; quote: string; date: Date }
  | { kind: "riskRule"; id: string }
  | { kind: "missing"; type: string; id: string };

type Row = { actorId: string | null; entityType: string; entityId: string; before: unknown; after: unknown };

const idsOf = (rows: Row[], type: string) => [
  ...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId)),
];

/** Ids of people a record's values name (a member who joined, was removed): shown by name in the diff. */
function mentionedUserIds(row: Row): string[] {
  return [row.before, row.after].flatMap((value) => {
    const userId = value && typeof value === "object" ? (value as Record<string, unknown>).userId : undefined;
    return typeof userId === "string" ? [userId] : [];
  });
}

/**
 * The people and things a page of records names, one query per kind of thing for the whole page (never
 * one per row). A thing deleted since is "missing", shown by its type and id.
 */
export async function resolveAuditSubjects(rows: Row[]) {
  const userIds = [
    ...new Set([
      ...rows.flatMap((r) => (r.actorId ? [r.actorId] : [])),
      ...idsOf(rows, "User"),
      ...rows.flatMap(mentionedUserIds),
    ]),
  ];
  const none = Promise.resolve([]);
  const want = (type: string) => idsOf(rows, type);
  const [users, vacancies, organizations, invitations, reports, rates] = await Promise.all([
    userIds.length
      ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true, role: true } })
      : none,
    want("Vacancy").length
      ? db.vacancy.findMany({
          where: { id: { in: want("Vacancy") } },
          select: { id: true, title: true, organization: { select: { legalName: true } } },
        })
      : none,
    want("Organization").length
      ? db.organization.findMany({
          where: { id: { in: want("Organization") } },
          select: { id: true, legalName: true, registryNumber: true },
        })
      : none,
    want("Invitation").length
      ? db.invitation.findMany({
          where: { id: { in: want("Invitation") } },
          select: { id: true, email: true, organization: { select: { legalName: true } } },
        })
      : none,
    want("Report").length
      ? db.report.findMany({
          where: { id: { in: want("Report") } },
          select: { id: true, receipt: true, vacancy: { select: { id: true, title: true } } },
        })
      : none,
    want("ExchangeRate").length
      ? db.exchangeRate.findMany({
          where: { id: { in: want("ExchangeRate") } },
          select: { id: true, baseCurrency: true, quoteCurrency: true, effectiveDate: true },
        })
      : none,
  ]);
  const people = new Map<string, AuditPerson>(users.map((u) => [u.id, u]));
  const subjects = new Map<string, AuditSubject>();
  const put = (type: string, subject: AuditSubject) => subjects.set(`${type}:${subject.id}`, subject);
  for (const v of vacancies)
    put("Vacancy", { kind: "vacancy", id: v.id, title: v.title, organization: v.organization.legalName });
  for (const o of organizations)
    put("Organization", { kind: "organization", id: o.id, name: o.legalName, registryNumber: o.registryNumber });
  for (const person of people.values()) put("User", { kind: "user", id: person.id, person });
  for (const i of invitations)
    put("Invitation", { kind: "invitation", id: i.id, email: i.email, organization: i.organization.legalName });
  for (const r of reports)
    put("Report", { kind: "report", id: r.id, receipt: r.receipt, title: r.vacancy.title, vacancyId: r.vacancy.id });
  for (const r of rates)
    put("ExchangeRate", {
      kind: "exchangeRate",
      id: r.id,
      base: r.baseCurrency,
      quote: r.quoteCurrency,
      date: r.effectiveDate,
    });
  // A rule's id is its name (FEE_KY_1…): nothing to look up.
  for (const id of want("RiskRule")) put("RiskRule", { kind: "riskRule", id });
  return {
    people,
    subjectOf: (row: Row): AuditSubject =>
      subjects.get(`${row.entityType}:${row.entityId}`) ?? { kind: "missing", type: row.entityType, id: row.entityId },
  };
}
