// The language part of the search contract: word forms, what was typed above its synonyms, phrases, places,
// descriptions and spelling, on a corpus of its own. Both engines run it (see search-contract.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import type { SearchEngine } from "./port";
import { rebuildSearchEntries } from "./postgres-index";
import { searchQuerySchema, type SearchQuery } from "./query";
import { searchContext, searchVacancies } from "./search-vacancies";

export function defineLanguageContract(engineName: string, engine: () => SearchEngine) {
  const ids: Record<string, string> = {};
  const search = async (q: string, extra: Record<string, string> = {}) => {
    const query = searchQuerySchema.parse({ q, ...extra }) as SearchQuery;
    return engine().search(query, { ...(await searchContext(query.q)), kgsToKzt: 5.95 });
  };
  const found = async (q: string) => (await search(q)).hits.map((h) => h.id).sort();
  const first = async (q: string) => (await search(q)).hits[0]?.id;
  const idsOf = (...names: string[]) => names.map((n) => ids[n]!).sort();

  describe(`search contract, language: ${engineName}`, () => {
    beforeAll(async () => {
      const prisma = testPrisma();
      await clearTransactionalData();
      const kz = await createOrganization(prisma, { countryCode: "KZ", legalName: "ТОО «Жетісу Сервис»" });
      const kg = await createOrganization(prisma, { countryCode: "KG", legalName: "ОсОО «Ала-Тоо Сервис»" });
      const v = (organizationId: string, countryCode: "KG" | "KZ", title: string, extra: object) => ({
        organizationId,
        countryCode,
        salaryCurrency: countryCode === "KG" ? ("KGS" as const) : ("KZT" as const),
        regionCode: countryCode === "KG" ? "KG-GB" : "KZ-75",
        title,
        ...extra,
      });
      const corpus: Record<string, ReturnType<typeof v>> = {
        driversKz: v(kz.id, "KZ", "Жүргізушілер керек", { occupationCode: "8322", language: "kk" }),
        driverRu: v(kz.id, "KZ", "Водитель такси", { occupationCode: "8322" }),
        cooksKg: v(kg.id, "KG", "Ашпозчулар керек", { occupationCode: "5120", language: "ky" }),
        cookKz: v(kz.id, "KZ", "Аспаз", { occupationCode: "5120", language: "kk" }),
        cookRu: v(kz.id, "KZ", "Повар", { occupationCode: "5120" }),
        housekeeperKz: v(kz.id, "KZ", "Үй жинаушы", { occupationCode: "9111", language: "kk" }),
        cleaner: v(kg.id, "KG", "Уборщица офиса", { occupationCode: "9112" }),
        plumber: v(kz.id, "KZ", "Сантехник", { occupationCode: "7126" }),
        electrician: v(kg.id, "KG", "Электрик", { occupationCode: "7411" }),
        loaderOsh: v(kg.id, "KG", "Грузчик", { occupationCode: "9333", regionCode: "KG-GO" }),
        loaderBishkek: v(kg.id, "KG", "Грузчик", { occupationCode: "9333" }),
        greenhouse: v(kz.id, "KZ", "Разнорабочий", {
          occupationCode: "9214",
          description: "Работа в теплице: полив и сбор огурцов, уборка территории. Жильё бесплатно.",
        }),
        builders: v(kz.id, "KZ", "Құрылысшылар", { occupationCode: "9313", language: "kk" }),
      };
      for (const [name, data] of Object.entries(corpus)) ids[name] = (await createVacancy(prisma, data)).id;
      await prisma.$transaction((tx) => rebuildSearchEntries(tx));
      await engine().rebuild();
    }, 120_000);

    it.each([
      ["водителя", ["driverRu", "driversKz"]],
      ["водители", ["driverRu", "driversKz"]],
      ["жүргізушісі", ["driverRu", "driversKz"]],
      ["ашпозчусу", ["cooksKg", "cookKz", "cookRu"]],
      ["поварам", ["cooksKg", "cookKz", "cookRu"]],
      ["құрылысшыға", ["builders"]],
    ])("word forms: %s finds %j", async (q, names) => {
      expect(await found(q)).toEqual(idsOf(...names));
    });

    it.each([
      ["аспаз", "cookKz"],
      ["ашпозчу", "cooksKg"],
      ["повар", "cookRu"],
      ["жүргізуші", "driversKz"],
    ])("what was typed ranks above its synonyms: %s puts %s first", async (q, name) => {
      expect(await first(q)).toBe(ids[name]);
    });

    it("a synonym group counts once: a title with two synonyms of one group is not ahead of the typed word", async () => {
      expect(await first("водитель")).toBe(ids.driverRu);
    });

    it.each(["домработница", "housekeeper", "үй жинаушы"])("phrases as synonyms: %s finds «Үй жинаушы»", async (q) => {
      expect(await found(q)).toContain(ids.housekeeperKz);
    });

    it("English forms through the stemmer: cleaning finds the cleaner", async () => {
      expect(await found("cleaning")).toContain(ids.cleaner);
    });

    it("a place word counts as a match on the place", async () => {
      expect(await found("грузчик ош")).toEqual(idsOf("loaderOsh"));
      expect(await first("грузчик бишкек")).toBe(ids.loaderBishkek);
    });

    it("descriptions are searched", async () => {
      expect(await found("теплица")).toEqual(idsOf("greenhouse"));
      expect(await found("огурцы")).toEqual(idsOf("greenhouse"));
    });

    it.each([
      ["сантехик", "plumber"],
      ["элекрик", "electrician"],
    ])("spelling: %s (a dropped letter in a long word) finds the %s", async (q, name) => {
      expect(await found(q)).toEqual(idsOf(name));
    });

    it("a word that matches by its stem is never corrected", async () => {
      const { corrected } = await searchContext("поваров");
      expect(corrected).toEqual({});
    });

    it("an unknown word does not empty the result; the page is told it was left out", async () => {
      const result = await searchVacancies(searchQuerySchema.parse({ q: "ищу грузчик zzqxw" }));
      expect(result.ignored).toEqual(["zzqxw"]);
      expect(result.hits.map((h) => h.id).sort()).toEqual(idsOf("loaderBishkek", "loaderOsh"));
    });

    it("shows the matching passage of a description", async () => {
      const result = await searchVacancies(searchQuerySchema.parse({ q: "теплица" }));
      const snippet = result.snippets[ids.greenhouse!]!;
      expect(snippet.filter((s) => s.match).map((s) => s.text)).toEqual(["теплице"]);
    });
  });
}
