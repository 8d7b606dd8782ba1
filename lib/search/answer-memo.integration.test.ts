import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { refreshSearchEntries } from "./postgres-index";
import { parseSearchQuery } from "./query";
import { searchVacancies } from "./search-vacancies";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("kept search answers", () => {
  it("are reused while nothing changes and dropped the moment the index changes", async () => {
    const organization = await createOrganization(prisma, { countryCode: "KG" });
    const first = await createVacancy(prisma, {
      organizationId: organization.id,
      countryCode: "KG",
      title: "Сыроварщик",
    });
    await refreshSearchEntries(prisma, [first.id]);
    const query = parseSearchQuery({ q: "сыроварщик" });

    const before = await searchVacancies(query);
    expect(before.hits.map((hit) => hit.id)).toEqual([first.id]);
    // A row written behind the index's back (no index write) is not seen: the kept answer is reused.
    const hidden = await createVacancy(prisma, {
      organizationId: organization.id,
      countryCode: "KG",
      title: "Сыроварщик",
    });
    expect(await searchVacancies(query)).toBe(before);

    // The index takes the new vacancy (as an approval does, in its transaction): the next answer has it.
    await refreshSearchEntries(prisma, [hidden.id]);
    const after = await searchVacancies(query);
    expect(after.hits.map((hit) => hit.id).sort()).toEqual([first.id, hidden.id].sort());
  });
});
