import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("audit log for administrators", () => {
  it("filters and exports as CSV for administrators only, with formulas neutralised", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const moderator = await createStaff("MODERATOR", ["KG"]);
    const employer = await createEmployer();
    await prisma.auditLog.create({
      data: {
        action: "test.export",
        entityType: "Vacancy",
        entityId: "v1",
        actorId: admin.user.id,
        actorRole: "ADMINISTRATOR",
        note: '=HYPERLINK("x")',
      },
    });
    await prisma.auditLog.create({ data: { action: "other.thing", entityType: "Vacancy", entityId: "v2" } });

    const entries = await listAuditEntries(admin.actor, { action: "test.", entityType: "Vacancy" });
    expect(entries.map((e) => e.entityId)).toEqual(["v1"]);
    const csv = await exportAuditCsv(admin.actor, { action: "test.export" });
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("id,at,actorId,actorRole,action,entityType,entityId,before,after,note,ip");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);

    for (const actor of [moderator.actor, employer.actor]) {
      await expect(listAuditEntries(actor, {})).rejects.toMatchObject({ code: "forbidden" });
      await expect(exportAuditCsv(actor, {})).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(exportAuditCsv(null, {})).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
