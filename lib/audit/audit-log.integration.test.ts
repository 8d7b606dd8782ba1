import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { decideVacancy } from "@/lib/moderation/decide-vacancy";
import { blockOrganization } from "@/lib/moderation/block-organization";
import { awaitingReview, createVacancy } from "@/prisma/seed/factories";
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { listAuditPeople } from "@/lib/audit/list-audit-people";
import { auditPageSize } from "@/lib/audit/schemas";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

/** An employer's organisation with a vacancy waiting for review, and the moderator who returns it for changes. */
async function changesRequested(legalName: string, registryNumber: string, moderatorName: string) {
  const employer = await createEmployer({ country: "KG" });
  await prisma.organization.update({
    where: { id: employer.organization.id },
    data: { legalName, registryNumber },
  });
  const moderator = await createStaff("MODERATOR", ["KG"]);
  await prisma.user.update({ where: { id: moderator.user.id }, data: { name: moderatorName } });
  const vacancy = await createVacancy(prisma, {
    organizationId: employer.organization.id,
    countryCode: "KG",
    ...awaitingReview(),
    title: "Повар",
  });
  await decideVacancy(moderator.actor, {
    decision: "changes",
    vacancyId: vacancy.id,
    version: vacancy.updatedAt.toISOString(),
    message: "Укажите график работы подробнее.",
    sections: ["TERMS"],
  });
  return { employer, moderator, vacancy };
}

describe("the audit log for administrators", () => {
  it("names the person, the action's subject and the changed fields", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const { moderator, vacancy, employer } = await changesRequested(
      "ОсОО «Ала-Тоо Курулуш»",
      "01234567891234",
      "Бакыт Асанов",
    );
    await blockOrganization(moderator.actor, {
      organizationId: employer.organization.id,
      reason: "Просят деньги за оформление документов.",
      confirm: "on",
    });

    const page = await listAuditEntries(admin.actor, { person: "Бакыт" });
    expect(page.entries.map((e) => e.action)).toEqual(["organization.blocked", "vacancy.changes_requested"]);
    const [blocked, decision] = page.entries;
    expect(decision!.actor).toMatchObject({ name: "Бакыт Асанов", role: "MODERATOR" });
    expect(decision!.subject).toEqual({
      kind: "vacancy",
      id: vacancy.id,
      title: "Повар",
      organization: "ОсОО «Ала-Тоо Курулуш»",
    });
    expect(decision!.changes).toEqual(
      expect.arrayContaining([
        { field: "status", before: "PENDING_REVIEW", after: "DRAFT" },
        { field: "rejectionReason", after: "Укажите график работы подробнее." },
        { field: "requestSections", after: ["TERMS"] },
      ]),
    );
    expect(blocked!.subject).toMatchObject({ kind: "organization", name: "ОсОО «Ала-Тоо Курулуш»" });
    expect(page.total).toBe(2);
  });

  it("resolves a page's names with one query per kind of thing, not one per row", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const { organization } = await createEmployer({ country: "KZ" });
    const vacancies = await Promise.all(
      [1, 2, 3, 4].map((n) => createVacancy(prisma, { organizationId: organization.id, title: `Швея ${n}` })),
    );
    await prisma.auditLog.createMany({
      data: vacancies.map((v) => ({
        action: "vacancy.closed",
        actorId: admin.user.id,
        actorRole: "ADMINISTRATOR" as const,
        entityType: "Vacancy",
        entityId: v.id,
      })),
    });
    const vacancyReads = vi.spyOn(db.vacancy, "findMany");
    const userReads = vi.spyOn(db.user, "findMany");
    const page = await listAuditEntries(admin.actor, { actor: admin.user.id });
    expect(page.entries.map((e) => e.subject.kind === "vacancy" && e.subject.title).sort()).toEqual([
      "Швея 1",
      "Швея 2",
      "Швея 3",
      "Швея 4",
    ]);
    expect(vacancyReads).toHaveBeenCalledTimes(1);
    expect(userReads).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it("filters by staff member, action or group, organisation (name or BIN/INN) and period", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const { moderator, vacancy } = await changesRequested("ОсОО «Нарын Сервис»", "02234567891234", "Айбек Токтогулов");
    const only = async (filter: Record<string, string>) =>
      (await listAuditEntries(admin.actor, filter)).entries.map((e) => `${e.action} ${e.subject.id}`);

    expect(await only({ actor: moderator.user.id })).toEqual([`vacancy.changes_requested ${vacancy.id}`]);
    expect(await only({ actor: moderator.user.id, action: "vacancy.approved" })).toEqual([]);
    expect(await only({ actor: moderator.user.id, action: "group:vacancy" })).toHaveLength(1);
    expect(await only({ organization: "нарын", action: "vacancy.changes_requested" })).toContain(
      `vacancy.changes_requested ${vacancy.id}`,
    );
    expect(await only({ organization: "0223456789", actor: moderator.user.id })).toHaveLength(1);
    expect(await only({ organization: "Нет такой организации" })).toEqual([]);
    expect(await only({ person: "nobody-at-all@nowhere.test" })).toEqual([]);
    const today = new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
    expect(await only({ actor: moderator.user.id, from: today, to: today })).toHaveLength(1);
    expect(await only({ actor: moderator.user.id, to: "2020-01-01" })).toEqual([]);
  });

  it("refuses wrong filters field by field (never a crash): unknown action, reversed or too long period", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG"]);
    const refused = (filter: Record<string, unknown>) => listAuditEntries(admin.actor, filter);
    await expect(refused({ action: "vacancy." })).rejects.toMatchObject({
      code: "invalid",
      fields: { action: ["validation.invalid"] },
    });
    await expect(refused({ from: "2026-05-10", to: "2026-05-01" })).rejects.toMatchObject({
      fields: { to: ["staffAudit.toBeforeFrom"] },
    });
    await expect(refused({ from: "2010-01-01", to: "2026-05-01" })).rejects.toMatchObject({
      fields: { from: ["staffAudit.rangeTooLong"] },
    });
    await expect(refused({ from: "2026-02-30" })).rejects.toMatchObject({ fields: { from: ["validation.date"] } });
    await expect(refused({ person: "x".repeat(121) })).rejects.toMatchObject({
      fields: { person: ["validation.tooLong"] },
    });
    await expect(refused({ person: ["a", "b"] })).rejects.toMatchObject({ code: "invalid" });
    await expect(refused({ constructor: "x", toString: "y" })).resolves.toMatchObject({ page: 1 });
    await expect(exportAuditCsv(admin.actor, { to: "2026-01-01", from: "2026-02-01" })).rejects.toMatchObject({
      code: "invalid",
    });
  });

  it("pages newest first, 50 a page, with the total; a page past the end shows the last", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    await prisma.auditLog.createMany({
      data: Array.from({ length: auditPageSize + 5 }, (_, i) => ({
        action: "vacancy.expired",
        actorId: admin.user.id, // the log is append-only: this run's rows are told apart by their actor
        entityType: "Vacancy",
        entityId: `gone-${i}`,
        at: new Date(Date.UTC(2025, 0, 1, 0, i)),
      })),
    });
    const filter = { actor: admin.user.id, action: "vacancy.expired", from: "2024-12-31", to: "2025-01-02" };
    const first = await listAuditEntries(admin.actor, filter);
    expect(first).toMatchObject({ total: auditPageSize + 5, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(auditPageSize);
    expect(first.entries[0]!.subject).toEqual({ kind: "missing", type: "Vacancy", id: `gone-${auditPageSize + 4}` });
    const second = await listAuditEntries(admin.actor, filter, "2");
    expect(second.entries.map((e) => e.subject.id)).toEqual(["gone-4", "gone-3", "gone-2", "gone-1", "gone-0"]);
    expect((await listAuditEntries(admin.actor, filter, "99")).page).toBe(2);
    expect((await listAuditEntries(admin.actor, filter, "abc")).page).toBe(1);
  });

  it("exports the same filters as CSV, formulas neutralised", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    await prisma.auditLog.create({
      data: {
        action: "report.handled",
        entityType: "Report",
        entityId: "r1",
        actorId: admin.user.id,
        actorRole: "ADMINISTRATOR",
        note: '=HYPERLINK("x")',
      },
    });
    const csv = await exportAuditCsv(admin.actor, { action: "report.handled", actor: admin.user.id });
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("id,at,actorId,actorRole,action,entityType,entityId,before,after,note,ip");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("only administrators: a moderator, an employer and a visitor are refused, and nothing is read", async () => {
    const moderator = await createStaff("MODERATOR", ["KG", "KZ"]);
    const employer = await createEmployer();
    const before = await prisma.auditLog.count();
    for (const actor of [moderator.actor, employer.actor]) {
      await expect(listAuditEntries(actor, {})).rejects.toMatchObject({ code: "forbidden" });
      await expect(exportAuditCsv(actor, {})).rejects.toMatchObject({ code: "forbidden" });
      await expect(listAuditPeople(actor)).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(listAuditEntries(null, {})).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(exportAuditCsv(null, {})).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await prisma.auditLog.count()).toBe(before);
  });

  it("lists the ministry's staff for the person filter, by name", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG"]);
    const people = await listAuditPeople(admin.actor);
    expect(people.some((p) => p.id === admin.user.id)).toBe(true);
    expect(people.every((p) => p.role !== "EMPLOYER")).toBe(true);
  });
});
