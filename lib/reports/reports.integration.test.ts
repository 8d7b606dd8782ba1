import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { handleReport } from "@/lib/reports/handle-report";
import { listReports } from "@/lib/reports/list-reports";
import { submitReport } from "./submit-report";

const prisma = testPrisma();

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("public reports", () => {
  it("accepts a report without an account and gives a receipt; the case reaches the country's moderators only", async () => {
    const { organization } = await createEmployer({ country: "KZ" });
    const vacancy = await createVacancy(prisma, { organizationId: organization.id });
    const { receipt, hidden } = await submitReport(
      { vacancyId: vacancy.id, reason: "FALSE_INFORMATION", message: "Зарплата другая" },
      { ip: "203.0.113.1" },
    );
    expect(receipt).toMatch(/^R-[A-Z2-9]{7}$/);
    expect(hidden).toBe(false);
    const kz = await createStaff("MODERATOR", ["KZ"]);
    const kg = await createStaff("MODERATOR", ["KG"]);
    expect((await listReports(kz.actor)).map((r) => r.receipt)).toContain(receipt);
    expect((await listReports(kg.actor)).map((r) => r.receipt)).not.toContain(receipt);
    const report = await prisma.report.findUniqueOrThrow({ where: { receipt } });
    await expect(handleReport(kg.actor, { reportId: report.id, status: "DISMISSED" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(handleReport(null, { reportId: report.id, status: "DISMISSED" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await handleReport(kz.actor, { reportId: report.id, status: "RESOLVED", note: "Проверено" });
    expect((await prisma.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("RESOLVED");
  });

  it("hides a verified employer's vacancy after serious reports from two people, an unverified one's after one", async () => {
    const verified = await createOrganization(prisma, { countryCode: "KZ" });
    const unverified = await createOrganization(prisma, {
      countryCode: "KZ",
      verificationState: "UNVERIFIED",
      verifiedAt: null,
    });
    const a = await createVacancy(prisma, { organizationId: verified.id });
    const b = await createVacancy(prisma, { organizationId: unverified.id });
    expect((await submitReport({ vacancyId: a.id, reason: "ASKS_FOR_MONEY" }, { ip: "198.51.100.1" })).hidden).toBe(
      false,
    );
    expect((await submitReport({ vacancyId: a.id, reason: "ASKS_FOR_MONEY" }, { ip: "198.51.100.1" })).hidden).toBe(
      false,
    ); // same person twice
    expect((await submitReport({ vacancyId: a.id, reason: "FORCED_LABOUR" }, { ip: "198.51.100.2" })).hidden).toBe(
      true,
    );
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("PENDING_REVIEW");
    expect(await prisma.vacancySearch.findUnique({ where: { vacancyId: a.id } })).toBeNull();
    expect((await submitReport({ vacancyId: b.id, reason: "ASKS_FOR_MONEY" }, { ip: "198.51.100.3" })).hidden).toBe(
      true,
    );
  });

  it("refuses reports on what is not public, bad reasons, and floods from one address", async () => {
    const { organization } = await createEmployer({ country: "KG" });
    const draft = await createVacancy(prisma, {
      organizationId: organization.id,
      status: "DRAFT",
      countryCode: "KG",
      regionCode: "KG-GB",
      salaryCurrency: "KGS",
    });
    const open = await createVacancy(prisma, {
      organizationId: organization.id,
      countryCode: "KG",
      regionCode: "KG-GB",
      salaryCurrency: "KGS",
    });
    await expect(submitReport({ vacancyId: draft.id, reason: "OTHER" }, { ip: "192.0.2.9" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(submitReport({ vacancyId: open.id, reason: "SOMETHING" }, { ip: "192.0.2.9" })).rejects.toMatchObject({
      code: "invalid",
    });
    await submitReport({ vacancyId: open.id, reason: "OTHER" }, { ip: "192.0.2.10" });
    await submitReport({ vacancyId: open.id, reason: "OTHER" }, { ip: "192.0.2.10" });
    await expect(submitReport({ vacancyId: open.id, reason: "OTHER" }, { ip: "192.0.2.10" })).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});
