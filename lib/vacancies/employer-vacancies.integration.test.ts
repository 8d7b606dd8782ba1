import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { decideVacancy } from "@/lib/moderation/decide-vacancy";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createVacancy } from "@/prisma/seed/factories";
import { completeVacancyForm as completeForm, inDays } from "@/lib/testing/vacancy-form";
import { closeVacancy } from "./close-vacancy";
import { duplicateVacancy } from "./duplicate-vacancy";
import { expireVacancies } from "./expire-vacancies";
import { getOrganizationVacancy } from "./get-organization-vacancy";
import { getPublishedVacancy } from "./get-published-vacancy";
import { listOrganizationVacancies } from "./list-organization-vacancies";
import { recordVacancyView } from "./record-vacancy-view";
import { renewVacancy } from "./renew-vacancy";
import { saveVacancy } from "./save-vacancy";

const prisma = testPrisma();

type Employer = Awaited<ReturnType<typeof createEmployer>>;
let owner: Employer;
let colleague: Employer;
let stranger: Employer;

beforeAll(async () => {
  await clearTransactionalData();
  const cityExists = await prisma.city.findUnique({ where: { code: "KZ-75-ALMATY" } });
  if (!cityExists) throw new Error("reference data: KZ-75-ALMATY missing");
});
beforeEach(async () => {
  owner = await createEmployer({ country: "KZ" });
  colleague = await createEmployer({ organization: owner.organization, role: "MEMBER" });
  stranger = await createEmployer({ country: "KG" });
});
afterAll(clearTransactionalData);

/** Everything about a vacancy that an attack could try to change. */
const snapshot = (id: string) =>
  prisma.vacancy.findUniqueOrThrow({ where: { id } }).then(({ viewCount: _v, ...rest }) => rest);

describe("saveVacancy", () => {
  it("saves an incomplete draft, then refuses to submit it and names every missing field", async () => {
    const draft = await saveVacancy(owner.actor, { intent: "draft", input: { title: "Швея", countryCode: "KG" } });
    expect(draft.status).toBe("DRAFT");
    await expect(
      saveVacancy(owner.actor, {
        vacancyId: draft.vacancyId,
        intent: "submit",
        input: { title: "Швея", countryCode: "KG" },
      }),
    ).rejects.toMatchObject({
      code: "invalid",
      fields: expect.objectContaining({
        description: ["validation.required"],
        salaryMin: ["validation.salaryRequired"],
        noFeeConfirmed: ["validation.noFeeRequired"],
      }),
    });
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: draft.vacancyId } })).status).toBe("DRAFT");
  });

  it("keeps an empty or half-written draft as typed; the seeker-facing checks wait for submit", async () => {
    // As the browser sends an untouched form: every field there, empty.
    const untouched = Object.fromEntries(Object.keys(completeForm()).map((key) => [key, ""]));
    const empty = await saveVacancy(owner.actor, { intent: "draft", input: untouched });
    const stored = await prisma.vacancy.findUniqueOrThrow({ where: { id: empty.vacancyId } });
    expect(stored).toMatchObject({ status: "DRAFT", title: "", countryCode: owner.organization.countryCode });

    const halfWritten = {
      title: "Сб",
      description: "Нужен сборщик, подробности позже",
      contactPhone: "+996 55",
      contactEmail: "hr@",
      salaryMin: "1",
      salaryCurrency: "KGS",
      salaryPeriod: "MONTH",
      validThrough: inDays(200),
    };
    await saveVacancy(owner.actor, { vacancyId: empty.vacancyId, intent: "draft", input: halfWritten });
    expect(await prisma.vacancy.findUniqueOrThrow({ where: { id: empty.vacancyId } })).toMatchObject({
      title: "Сб",
      description: "Нужен сборщик, подробности позже",
      contactPhone: "+996 55",
      contactEmail: "hr@",
    });
    await expect(
      saveVacancy(owner.actor, { vacancyId: empty.vacancyId, intent: "submit", input: halfWritten }),
    ).rejects.toMatchObject({
      code: "invalid",
      fields: expect.objectContaining({
        title: ["validation.titleTooShort"],
        description: ["validation.descriptionTooShort"],
        contactPhone: ["validation.phone"],
        contactEmail: ["validation.email"],
        salaryMin: [expect.stringMatching(/^validation\.salaryOutOfRange\?/)],
        validThrough: ["validation.dateTooFar"],
      }),
    });
    // What storing needs still applies to a draft: a number is a number, a length has a limit.
    await expect(
      saveVacancy(owner.actor, { intent: "draft", input: { salaryMin: "много", title: "x".repeat(151) } }),
    ).rejects.toMatchObject({
      fields: { salaryMin: ["validation.number"], title: ["validation.tooLong"] },
    });
  });

  it("submits a complete vacancy for review, for the actor's organisation whatever the payload says", async () => {
    const result = await saveVacancy(colleague.actor, {
      intent: "submit",
      input: {
        ...completeForm(),
        status: "PUBLISHED",
        organizationId: stranger.organization.id,
        viewCount: 9999,
        publishedAt: new Date().toISOString(),
      },
    });
    const saved = await prisma.vacancy.findUniqueOrThrow({ where: { id: result.vacancyId } });
    expect(saved).toMatchObject({
      status: "PENDING_REVIEW",
      organizationId: owner.organization.id,
      viewCount: 0,
      publishedAt: null,
      createdById: colleague.user.id,
      noFeeConfirmed: true,
    });
    expect(saved.salaryMin?.toNumber()).toBe(250_000);
    expect(saved.languages).toEqual(["ru", "kk"]);
    expect(await prisma.auditLog.count({ where: { entityId: saved.id, action: "vacancy.submitted" } })).toBe(1);
  });

  it("checks pay against the period and the order of the bounds", async () => {
    await expect(
      saveVacancy(owner.actor, { intent: "submit", input: completeForm({ salaryMin: "400000", salaryMax: "300000" }) }),
    ).rejects.toMatchObject({
      fields: { salaryMax: ["validation.salaryMinAboveMax"] },
    });
    await expect(
      saveVacancy(owner.actor, { intent: "submit", input: completeForm({ salaryMin: "5", salaryMax: "" }) }),
    ).rejects.toMatchObject({
      // The error names the plausible range for the chosen period and currency.
      fields: { salaryMin: ["validation.salaryOutOfRange?min=20000&max=10000000&currency=KZT&period=MONTH"] },
    });
    await expect(
      saveVacancy(owner.actor, {
        intent: "submit",
        input: completeForm({ salaryPeriod: "HOUR", salaryMin: "250000", salaryMax: "" }),
      }),
    ).rejects.toMatchObject({
      fields: { salaryMin: ["validation.salaryOutOfRange?min=200&max=50000&currency=KZT&period=HOUR"] },
    });
  });

  it("keeps region and town within the chosen country and region", async () => {
    await expect(
      saveVacancy(owner.actor, { intent: "submit", input: completeForm({ regionCode: "KG-GB", cityCode: "" }) }),
    ).rejects.toMatchObject({
      fields: { regionCode: ["validation.regionNotInCountry"] },
    });
    await expect(
      saveVacancy(owner.actor, { intent: "submit", input: completeForm({ cityCode: "KZ-71-ASTANA" }) }),
    ).rejects.toMatchObject({
      fields: { cityCode: ["validation.cityNotInRegion"] },
    });
    await expect(
      saveVacancy(owner.actor, { intent: "submit", input: completeForm({ occupationCode: "5100" }) }),
    ).rejects.toMatchObject({
      fields: { occupationCode: ["validation.occupation"] },
    });
  });

  it("edits a published vacancy through a pending revision; the public sees the published text until approval", async () => {
    const published = await createVacancy(prisma, {
      organizationId: owner.organization.id,
      title: "Повар (опубликовано)",
    });
    const result = await saveVacancy(owner.actor, {
      vacancyId: published.id,
      intent: "submit",
      input: completeForm({ title: "Повар (новая редакция)" }),
    });
    expect(result).toEqual({ vacancyId: published.id, status: "PUBLISHED", revision: "pending" });
    expect((await getPublishedVacancy(published.id)).title).toBe("Повар (опубликовано)");
    const revisions = await prisma.vacancyRevision.findMany({ where: { vacancyId: published.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      status: "PENDING_REVIEW",
      data: expect.objectContaining({ title: "Повар (новая редакция)" }),
    });
    // Saving again updates the same open revision instead of piling up new ones.
    await saveVacancy(owner.actor, {
      vacancyId: published.id,
      intent: "draft",
      input: completeForm({ title: "Повар (третья редакция)" }),
    });
    expect(await prisma.vacancyRevision.count({ where: { vacancyId: published.id } })).toBe(1);
    const { revision } = await getOrganizationVacancy(owner.actor, published.id);
    expect(revision?.status).toBe("DRAFT");
  });

  it("refuses a save over a newer change (stale version)", async () => {
    const draft = await saveVacancy(owner.actor, { intent: "draft", input: { title: "Каменщик", countryCode: "KZ" } });
    const loaded = await prisma.vacancy.findUniqueOrThrow({ where: { id: draft.vacancyId } });
    await saveVacancy(colleague.actor, {
      vacancyId: draft.vacancyId,
      version: loaded.updatedAt.toISOString(),
      intent: "draft",
      input: { title: "Каменщик 2", countryCode: "KZ" },
    });
    await expect(
      saveVacancy(owner.actor, {
        vacancyId: draft.vacancyId,
        version: loaded.updatedAt.toISOString(),
        intent: "draft",
        input: { title: "Каменщик 3", countryCode: "KZ" },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: draft.vacancyId } })).title).toBe("Каменщик 2");
  });
});

describe("authorization: only members of the organisation may see or change its vacancies", () => {
  it("refuses another organisation's member, an anonymous visitor and staff, and changes nothing", async () => {
    const draft = await createVacancy(prisma, {
      organizationId: owner.organization.id,
      status: "DRAFT",
      title: "Черновик владельца",
    });
    const published = await createVacancy(prisma, { organizationId: owner.organization.id, title: "Опубликованная" });
    const moderator = await createStaff("MODERATOR", ["KZ"]);
    const before = await Promise.all([snapshot(draft.id), snapshot(published.id)]);
    const revisionsBefore = await prisma.vacancyRevision.count();

    const attempts = (actor: typeof stranger.actor | null) => [
      () => getOrganizationVacancy(actor, draft.id),
      () => saveVacancy(actor, { vacancyId: draft.id, intent: "draft", input: { title: "Взлом", countryCode: "KZ" } }),
      () => saveVacancy(actor, { vacancyId: published.id, intent: "submit", input: completeForm({ title: "Взлом" }) }),
      () => closeVacancy(actor, published.id),
      () => renewVacancy(actor, published.id, { validThrough: inDays(60) }),
      () => duplicateVacancy(actor, draft.id),
    ];
    for (const attempt of attempts(stranger.actor))
      await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
    for (const attempt of attempts(null)) await expect(attempt()).rejects.toMatchObject({ code: "unauthenticated" });
    for (const attempt of attempts(moderator.actor))
      await expect(attempt()).rejects.toMatchObject({ code: "forbidden" });
    await expect(listOrganizationVacancies(null)).rejects.toMatchObject({ code: "unauthenticated" });

    expect(await Promise.all([snapshot(draft.id), snapshot(published.id)])).toEqual(before);
    expect(await prisma.vacancyRevision.count()).toBe(revisionsBefore);
    expect(await prisma.vacancy.count({ where: { organizationId: stranger.organization.id } })).toBe(0);
  });

  it("lists only the actor's own organisation's vacancies", async () => {
    await createVacancy(prisma, { organizationId: owner.organization.id, title: "Своя" });
    await createVacancy(prisma, { organizationId: stranger.organization.id, countryCode: "KG", title: "Чужая" });
    const mine = await listOrganizationVacancies(colleague.actor);
    const titles = mine.byStatus.flatMap((g) => g.vacancies.map((v) => v.title));
    expect(titles).toContain("Своя");
    expect(titles).not.toContain("Чужая");
  });

  it("does not let a blocked organisation submit or renew", async () => {
    await prisma.organization.update({
      where: { id: owner.organization.id },
      data: { blockedAt: new Date(), blockReason: "fees asked" },
    });
    await expect(saveVacancy(owner.actor, { intent: "submit", input: completeForm() })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("close, renew, duplicate, expire, views", () => {
  it("closes a published vacancy and withdraws its open revision; a draft cannot be closed", async () => {
    const published = await createVacancy(prisma, { organizationId: owner.organization.id });
    await saveVacancy(owner.actor, { vacancyId: published.id, intent: "submit", input: completeForm() });
    await closeVacancy(colleague.actor, published.id);
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: published.id } })).status).toBe("CLOSED");
    expect((await prisma.vacancyRevision.findFirstOrThrow({ where: { vacancyId: published.id } })).status).toBe(
      "WITHDRAWN",
    );
    await expect(getPublishedVacancy(published.id)).rejects.toMatchObject({ code: "not_found" });
    const draft = await createVacancy(prisma, { organizationId: owner.organization.id, status: "DRAFT" });
    await expect(closeVacancy(owner.actor, draft.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("renews an expired vacancy back to the public list, within 90 days", async () => {
    const expired = await createVacancy(prisma, {
      organizationId: owner.organization.id,
      status: "EXPIRED",
      validThrough: new Date(Date.now() - 86_400_000),
    });
    await expect(renewVacancy(owner.actor, expired.id, { validThrough: inDays(120) })).rejects.toMatchObject({
      fields: { validThrough: ["validation.dateTooFar"] },
    });
    await expect(renewVacancy(owner.actor, expired.id, { validThrough: inDays(-3) })).rejects.toMatchObject({
      fields: { validThrough: ["validation.dateInPast"] },
    });
    await renewVacancy(owner.actor, expired.id, { validThrough: inDays(45) });
    const renewed = await getPublishedVacancy(expired.id);
    expect(renewed.validThrough.getTime()).toBeGreaterThan(Date.now() + 44 * 86_400_000);
  });

  it("an extension only moves the end date later: an earlier date is refused and nothing changes", async () => {
    const published = await createVacancy(prisma, {
      organizationId: owner.organization.id,
      validThrough: new Date(`${inDays(50)}T23:59:59+05:00`),
    });
    const before = await prisma.vacancy.findUniqueOrThrow({ where: { id: published.id } });
    for (const earlier of [inDays(30), inDays(50)])
      await expect(renewVacancy(owner.actor, published.id, { validThrough: earlier })).rejects.toMatchObject({
        fields: { validThrough: ["validation.renewNotLater"] },
      });
    const after = await prisma.vacancy.findUniqueOrThrow({ where: { id: published.id } });
    expect(after.validThrough).toEqual(before.validThrough);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await prisma.auditLog.count({ where: { entityId: published.id, action: "vacancy.renewed" } })).toBe(0);
    await renewVacancy(owner.actor, published.id, { validThrough: inDays(80) });
    expect((await getPublishedVacancy(published.id)).validThrough.getTime()).toBeGreaterThan(
      before.validThrough!.getTime(),
    );
  });

  it("approving an edit written before an extension keeps the extended date", async () => {
    const published = await createVacancy(prisma, {
      organizationId: owner.organization.id,
      countryCode: "KZ",
      regionCode: "KZ-75",
      salaryCurrency: "KZT",
      validThrough: new Date(`${inDays(20)}T23:59:59+05:00`),
    });
    await saveVacancy(owner.actor, {
      vacancyId: published.id,
      intent: "submit",
      input: completeForm({ title: "Повар холодного цеха", validThrough: inDays(20) }),
    });
    await renewVacancy(owner.actor, published.id, { validThrough: inDays(70) });
    const renewedEnd = (await prisma.vacancy.findUniqueOrThrow({ where: { id: published.id } })).validThrough;
    const { actor: moderator } = await createStaff("MODERATOR", ["KG", "KZ"]);
    const version = (await prisma.vacancy.findUniqueOrThrow({ where: { id: published.id } })).updatedAt.toISOString();
    await decideVacancy(moderator, { decision: "approve", vacancyId: published.id, version });
    const approved = await prisma.vacancy.findUniqueOrThrow({ where: { id: published.id } });
    expect(approved.title).toBe("Повар холодного цеха");
    expect(approved.validThrough).toEqual(renewedEnd);
  });

  it("duplicates into a new draft without dates, views or the fee confirmation", async () => {
    const source = await createVacancy(prisma, {
      organizationId: owner.organization.id,
      title: "Продавец",
      viewCount: 40,
    });
    const { vacancyId } = await duplicateVacancy(colleague.actor, source.id);
    const copy = await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancyId } });
    expect(copy).toMatchObject({
      title: "Продавец",
      status: "DRAFT",
      viewCount: 0,
      validThrough: null,
      noFeeConfirmed: false,
      publishedAt: null,
      organizationId: owner.organization.id,
    });
  });

  it("expires published vacancies past their date, and only those, with an audit record", async () => {
    const due = await createVacancy(prisma, {
      organizationId: owner.organization.id,
      validThrough: new Date(Date.now() - 60_000),
    });
    const current = await createVacancy(prisma, {
      organizationId: owner.organization.id,
      validThrough: new Date(Date.now() + 86_400_000),
    });
    expect(await expireVacancies()).toBeGreaterThanOrEqual(1);
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: due.id } })).status).toBe("EXPIRED");
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: current.id } })).status).toBe("PUBLISHED");
    expect(await prisma.auditLog.count({ where: { entityId: due.id, action: "vacancy.expired" } })).toBe(1);
  });

  it("counts one view per reader without touching the edit version", async () => {
    const vacancy = await createVacancy(prisma, { organizationId: owner.organization.id });
    expect(await recordVacancyView(vacancy.id, { ip: "203.0.113.10" })).toBe(true);
    expect(await recordVacancyView(vacancy.id, { ip: "203.0.113.10" })).toBe(false);
    expect(await recordVacancyView(vacancy.id, { ip: "203.0.113.11" })).toBe(true);
    expect(await recordVacancyView("not an id", { ip: "203.0.113.12" })).toBe(false);
    const after = await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } });
    expect(after.viewCount).toBe(vacancy.viewCount + 2);
    expect(after.updatedAt).toEqual(vacancy.updatedAt);
  });
});
