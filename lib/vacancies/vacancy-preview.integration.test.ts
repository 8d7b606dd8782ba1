import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { completeVacancyForm } from "@/lib/testing/vacancy-form";
import { createVacancy } from "@/prisma/seed/factories";
import { getVacancyPreview } from "./get-vacancy-preview";
import { saveVacancy } from "./save-vacancy";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("preview of an employer's own vacancy", () => {
  it("a complete draft is shown as the public page would show it; an unfinished one lists what is missing", async () => {
    const owner = await createEmployer({ country: "KZ" });
    const { vacancyId } = await saveVacancy(owner.actor, { intent: "draft", input: completeVacancyForm() });
    const preview = await getVacancyPreview(owner.actor, vacancyId);
    expect(preview.complete).toBe(true);
    if (!preview.complete) return;
    expect(preview.vacancy).toMatchObject({
      title: "Повар горячего цеха",
      occupation: { code: "5120" },
      region: { code: "KZ-75" },
      organization: { id: owner.organization.id },
    });
    expect(preview.vacancy.salaryMin?.toNumber()).toBe(250000);
    expect(preview.status).toEqual({ vacancy: "DRAFT", revision: null });

    const unfinished = await saveVacancy(owner.actor, { intent: "draft", input: { title: "Швея" } });
    const missing = await getVacancyPreview(owner.actor, unfinished.vacancyId);
    expect(missing.complete).toBe(false);
    if (missing.complete) return;
    expect(missing.missing).toEqual(expect.arrayContaining(["description", "occupationCode", "regionCode"]));
  });

  it("a published vacancy with an edit waiting for review previews the edit, not the live text", async () => {
    const owner = await createEmployer({ country: "KZ" });
    const published = await createVacancy(prisma, { organizationId: owner.organization.id, title: "Повар" });
    await saveVacancy(owner.actor, {
      vacancyId: published.id,
      intent: "submit",
      input: completeVacancyForm({ title: "Повар-кондитер" }),
    });
    const preview = await getVacancyPreview(owner.actor, published.id);
    expect(preview).toMatchObject({
      complete: true,
      status: { vacancy: "PUBLISHED", revision: "PENDING_REVIEW" },
      vacancy: { title: "Повар-кондитер" },
    });
  });

  it("another organisation's vacancy, a seeker and a stranger get nothing", async () => {
    const owner = await createEmployer({ country: "KZ" });
    const stranger = await createEmployer({ country: "KG" });
    const { vacancyId } = await saveVacancy(owner.actor, { intent: "draft", input: completeVacancyForm() });
    await expect(getVacancyPreview(stranger.actor, vacancyId)).rejects.toMatchObject({ code: "not_found" });
    await expect(getVacancyPreview(null, vacancyId)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
