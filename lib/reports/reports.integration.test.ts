import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { closeReportCase } from "@/lib/reports/close-report-case";
import { listReportCases } from "@/lib/reports/list-report-cases";
import { decideVacancy } from "@/lib/moderation/decide-vacancy";
import { listReviewQueue } from "@/lib/moderation/list-review-queue";
import { getPublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
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
    const receiptsOf = async (actor: typeof kz.actor) =>
      (await listReportCases(actor)).cases.flatMap((item) => item.receipts);
    expect(await receiptsOf(kz.actor)).toContain(receipt);
    expect(await receiptsOf(kg.actor)).not.toContain(receipt);
    const close = { vacancyId: vacancy.id, outcome: "DISMISSED", note: "Зарплата совпадает с договором." };
    await expect(closeReportCase(kg.actor, close)).rejects.toMatchObject({ code: "not_found" });
    await expect(closeReportCase(null, close)).rejects.toMatchObject({ code: "unauthenticated" });
    await closeReportCase(kz.actor, close);
    expect((await prisma.report.findUniqueOrThrow({ where: { receipt } })).status).toBe("DISMISSED");
  });

  it("today's exploit fails: serious anonymous reports never hide a verified employer's vacancy; it tops the queue", async () => {
    const verified = await createOrganization(prisma, { countryCode: "KZ" });
    const vacancy = await createVacancy(prisma, { organizationId: verified.id });
    const { actor: moderator } = await createStaff("MODERATOR", ["KZ"]);
    // Five "people" in five networks (what rotating X-Forwarded-For used to buy): still public.
    for (const ip of ["198.51.100.1", "203.0.113.1", "192.0.2.1", "100.64.0.1", "2001:db8:1::1"]) {
      expect((await submitReport({ vacancyId: vacancy.id, reason: "ASKS_FOR_MONEY" }, { ip })).hidden).toBe(false);
    }
    const row = await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.reportedAt).not.toBeNull();
    expect((await getPublishedVacancy(vacancy.id)).id).toBe(vacancy.id); // seekers still see it
    const queue = await listReviewQueue(moderator);
    expect(queue[0]).toMatchObject({ id: vacancy.id, kind: "reported" });

    // The moderator keeps it: the reports are answered and leave the queue; a new report does not hide it.
    await decideVacancy(moderator, {
      decision: "approve",
      vacancyId: vacancy.id,
      version: row.updatedAt.toISOString(),
    });
    const kept = await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } });
    expect(kept).toMatchObject({ status: "PUBLISHED", reportedAt: null });
    expect(await prisma.report.count({ where: { vacancyId: vacancy.id, answeredAt: null } })).toBe(0);
    expect((await listReviewQueue(moderator)).some((item) => item.id === vacancy.id)).toBe(false);
  });

  it("an unverified employer's vacancy is hidden only by several people from several networks; answered reports stop counting", async () => {
    const unverified = await createOrganization(prisma, {
      countryCode: "KZ",
      verificationState: "UNVERIFIED",
      verifiedAt: null,
    });
    const vacancy = await createVacancy(prisma, { organizationId: unverified.id });
    const report = (ip: string) => submitReport({ vacancyId: vacancy.id, reason: "FORCED_LABOUR" }, { ip });
    // One person twice, then a neighbour in the same /24: one network, not independent enough.
    expect((await report("198.51.100.10")).hidden).toBe(false);
    expect((await report("198.51.100.10")).hidden).toBe(false);
    expect((await report("198.51.100.11")).hidden).toBe(false);
    // The network's allowance for this vacancy is spent (3 a day), and one address may report twice a day.
    await expect(report("198.51.100.12")).rejects.toMatchObject({ code: "rate_limited" });
    await expect(report("198.51.100.10")).rejects.toMatchObject({ code: "rate_limited" });
    // Someone in another network makes three people in two networks: off the portal until reviewed.
    expect((await report("203.0.113.20")).hidden).toBe(true);
    const hidden = await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } });
    expect(hidden.status).toBe("PENDING_REVIEW");
    await expect(getPublishedVacancy(vacancy.id)).rejects.toMatchObject({ code: "not_found" });

    // Re-approved: the old reports no longer count, so one more report cannot hide it again.
    const { actor: moderator } = await createStaff("MODERATOR", ["KZ"]);
    await decideVacancy(moderator, {
      decision: "approve",
      vacancyId: vacancy.id,
      version: hidden.updatedAt.toISOString(),
    });
    expect((await report("192.0.2.30")).hidden).toBe(false);
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status).toBe("PUBLISHED");
  });

  it("stores no reversible trace of the reporter's address", async () => {
    const organization = await createOrganization(prisma, { countryCode: "KG" });
    const vacancy = await createVacancy(prisma, {
      organizationId: organization.id,
      countryCode: "KG",
      regionCode: "KG-GB",
      salaryCurrency: "KGS",
    });
    await submitReport({ vacancyId: vacancy.id, reason: "OTHER" }, { ip: "203.0.113.99" });
    const stored = await prisma.report.findFirstOrThrow({ where: { vacancyId: vacancy.id } });
    const { createHash } = await import("node:crypto");
    for (const plain of ["203.0.113.99", "report:203.0.113.99"]) {
      expect(stored.reporterHash).not.toBe(createHash("sha256").update(plain).digest("hex"));
    }
    expect(stored.networkHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain("203.0.113");
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
