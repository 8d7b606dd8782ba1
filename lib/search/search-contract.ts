// The search contract: the same cases, with the same expected results, for every engine behind the
// search port. postgres-engine.integration.test.ts runs it always; meilisearch-engine.integration.test.ts
// runs it when MEILI_URL is set.
import { beforeAll, describe, expect, it } from "vitest";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import type { SearchEngine } from "./port";
import { rebuildSearchEntries } from "./postgres-index";
import { searchQuerySchema, type SearchQuery } from "./query";
import { searchContext } from "./search-vacancies";

const hour = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * hour);

export function defineSearchContract(engineName: string, engine: () => SearchEngine) {
  const ids: Record<string, string> = {};
  const idsOf = (...names: string[]) => names.map((n) => ids[n]!).sort();
  const search = async (params: Record<string, string>) => {
    const query = searchQuerySchema.parse(params) as SearchQuery;
    return engine().search(query, { ...(await searchContext(query.q)), kgsToKzt: 5.95 });
  };
  const found = async (params: Record<string, string>) => (await search(params)).hits.map((h) => h.id).sort();

  describe(`search contract: ${engineName}`, () => {
    beforeAll(async () => {
      const prisma = testPrisma();
      await clearTransactionalData();
      const kzCompany = await createOrganization(prisma, { countryCode: "KZ", legalName: "ТОО «Алатау Тамак»" });
      const kzAgency = await createOrganization(prisma, {
        countryCode: "KZ",
        kind: "RECRUITMENT_AGENCY",
        legalName: "ТОО «Кадры Плюс»",
        verificationState: "UNVERIFIED",
        verifiedAt: null,
      });
      const kgEntrepreneur = await createOrganization(prisma, {
        countryCode: "KG",
        kind: "INDIVIDUAL_ENTREPRENEUR",
        legalName: "ИП Асанов Б.",
        verificationState: "UNVERIFIED",
        verifiedAt: null,
      });
      const kgCompany = await createOrganization(prisma, { countryCode: "KG", legalName: "ОсОО «Дордой Трейд»" });
      const blocked = await createOrganization(prisma, {
        countryCode: "KZ",
        legalName: "ТОО «Заблокировано»",
        blockedAt: new Date(),
        blockReason: "fees",
      });
      const kz = (title: string, regionCode: string, extra: object) => ({
        countryCode: "KZ" as const,
        salaryCurrency: "KZT" as const,
        title,
        regionCode,
        ...extra,
      });
      const kg = (title: string, regionCode: string, extra: object) => ({
        countryCode: "KG" as const,
        salaryCurrency: "KGS" as const,
        title,
        regionCode,
        ...extra,
      });
      const corpus: Record<string, [string, object]> = {
        cookAlmaty: [
          kzCompany.id,
          kz("Повар горячего цеха", "KZ-75", {
            cityCode: "KZ-75-ALMATY",
            occupationCode: "5120",
            sector: "SERVICES",
            salaryMin: 300_000,
            salaryMax: 400_000,
            housingProvided: true,
            publishedAt: ago(24),
          }),
        ],
        cookAstana: [
          kzAgency.id,
          kz("Аспаз", "KZ-71", {
            occupationCode: "5120",
            sector: "SERVICES",
            language: "kk",
            salaryMin: 250_000,
            salaryMax: 300_000,
            publishedAt: ago(72),
          }),
        ],
        cookBishkek: [
          kgEntrepreneur.id,
          kg("Ашпозчу", "KG-GB", {
            occupationCode: "5120",
            sector: "SERVICES",
            language: "ky",
            salaryMin: 40_000,
            salaryMax: 50_000,
            publishedAt: ago(48),
          }),
        ],
        driverAtyrau: [
          kzCompany.id,
          kz("Водитель категории C на вахту", "KZ-23", {
            occupationCode: "8332",
            sector: "TRANSPORT",
            employmentType: "ROTATIONAL",
            salaryMin: 500_000,
            salaryMax: 700_000,
            publishedAt: ago(120),
          }),
        ],
        driverChuy: [
          kgEntrepreneur.id,
          kg("Айдоочу (жүк ташуу)", "KG-C", {
            occupationCode: "8322",
            sector: "TRANSPORT",
            language: "ky",
            salaryMin: 60_000,
            salaryMax: null,
            publishedAt: ago(240),
          }),
        ],
        builderShymkent: [
          kzCompany.id,
          kz("Құрылысшы-монолитші", "KZ-79", {
            occupationCode: "7114",
            sector: "CONSTRUCTION",
            language: "kk",
            salaryMin: 350_000,
            salaryMax: 450_000,
            housingProvided: true,
            publishedAt: ago(192),
          }),
        ],
        builderOsh: [
          kgCompany.id,
          kg("Курулушчу", "KG-O", {
            occupationCode: "9313",
            sector: "CONSTRUCTION",
            language: "ky",
            salaryMin: 35_000,
            salaryMax: 45_000,
            publishedAt: ago(960),
          }),
        ],
        seamstress: [
          kgCompany.id,
          kg("Швея-мотористка", "KG-GB", {
            occupationCode: "8153",
            sector: "MANUFACTURING",
            salaryPeriod: "PIECE",
            salaryMin: 20,
            salaryMax: 40,
            publishedAt: ago(96),
          }),
        ],
        sellerDordoi: [
          kgCompany.id,
          kg("Продавец на рынок Дордой", "KG-GB", {
            occupationCode: "5211",
            sector: "TRADE",
            salaryMin: 30_000,
            salaryMax: null,
            publishedAt: ago(144),
          }),
        ],
        cashierAlmaty: [
          kzAgency.id,
          kz("Продавец-кассир", "KZ-75", {
            cityCode: "KZ-75-ALMATY",
            occupationCode: "5230",
            sector: "TRADE",
            salaryMin: 200_000,
            salaryMax: null,
            openToOtherCountry: false,
            publishedAt: ago(12),
          }),
        ],
        draft: [kzCompany.id, kz("Повар черновик", "KZ-75", { status: "DRAFT", publishedAt: null })],
        expired: [kzCompany.id, kz("Повар просроченный", "KZ-75", { validThrough: ago(1) })],
        blocked: [blocked.id, kz("Повар у заблокированного", "KZ-75", {})],
      };
      for (const [name, [organizationId, fields]] of Object.entries(corpus)) {
        ids[name] = (await createVacancy(prisma, { organizationId, ...(fields as object) })).id;
      }
      await prisma.$transaction((tx) => rebuildSearchEntries(tx));
      await engine().rebuild();
    }, 120_000);

    const publicNames = [
      "cookAlmaty",
      "cookAstana",
      "cookBishkek",
      "driverAtyrau",
      "driverChuy",
      "builderShymkent",
      "builderOsh",
      "seamstress",
      "sellerDordoi",
      "cashierAlmaty",
    ];

    it("shows only public vacancies: no drafts, nothing expired, nothing from a blocked employer", async () => {
      const result = await search({});
      expect(result.total).toBe(10);
      expect(result.hits.map((h) => h.id).sort()).toEqual(idsOf(...publicNames));
    });

    describe("text, languages and scripts", () => {
      it.each([
        ["повар", "Russian"],
        ["povar", "Latin transliteration"],
        ["Аспаз", "Kazakh synonym"],
        ["ашпозчу", "Kyrgyz synonym"],
        ["cook", "English synonym"],
      ])("%s (%s) finds the cooks in all three languages", async (q) => {
        expect(await found({ q })).toEqual(idsOf("cookAlmaty", "cookAstana", "cookBishkek"));
      });

      it.each(["Құрылысшы", "курылысшы", "qurylysshy", "kurylysshy", "строитель"])(
        "%s finds the builders (Kazakh letters folded, Latin, synonyms)",
        async (q) => {
          expect(await found({ q })).toEqual(idsOf("builderShymkent", "builderOsh"));
        },
      );

      it.each(["водитель", "водитль", "voditel", "айдоочу", "jürgizuşi"])(
        "%s finds the drivers (typos, scripts, Kyrgyz and Kazakh)",
        async (q) => {
          expect(await found({ q })).toEqual(idsOf("driverAtyrau", "driverChuy"));
        },
      );

      it("needs every word: two words narrow the result", async () => {
        expect(await found({ q: "продавец дордой" })).toEqual(idsOf("sellerDordoi"));
      });

      it("matches word beginnings", async () => {
        expect(await found({ q: "швея" })).toEqual(idsOf("seamstress"));
        expect(await found({ q: "монолит" })).toEqual(idsOf("builderShymkent"));
      });

      it("ranks the closest title first", async () => {
        expect((await search({ q: "повар горячего" })).hits[0]?.id).toBe(ids.cookAlmaty);
      });

      it("finds nothing for words that are nowhere", async () => {
        expect((await search({ q: "астронавт" })).total).toBe(0);
      });
    });

    describe("filters", () => {
      it.each([
        [{ country: "KG" }, ["cookBishkek", "driverChuy", "builderOsh", "seamstress", "sellerDordoi"]],
        [{ region: "KG-GB" }, ["cookBishkek", "seamstress", "sellerDordoi"]],
        [{ city: "KZ-75-ALMATY" }, ["cookAlmaty", "cashierAlmaty"]],
        [{ occupation: "5120" }, ["cookAlmaty", "cookAstana", "cookBishkek"]],
        [{ group: "8" }, ["driverAtyrau", "driverChuy", "seamstress"]],
        [{ sector: "TRANSPORT" }, ["driverAtyrau", "driverChuy"]],
        [{ type: "ROTATIONAL" }, ["driverAtyrau"]],
        [{ housing: "1" }, ["cookAlmaty", "builderShymkent"]],
        [{ open: "1", country: "KZ", sector: "TRADE" }, []],
        [{ verified: "1", country: "KG" }, ["builderOsh", "seamstress", "sellerDordoi"]],
        [{ noAgencies: "1", country: "KZ" }, ["cookAlmaty", "driverAtyrau", "builderShymkent"]],
        [
          { days: "7" },
          ["cookAlmaty", "cookAstana", "cookBishkek", "driverAtyrau", "seamstress", "sellerDordoi", "cashierAlmaty"],
        ],
        [
          { pay: "300000", currency: "KZT" },
          ["cookAlmaty", "cookAstana", "driverAtyrau", "driverChuy", "builderShymkent"],
        ],
        [
          { pay: "50000", currency: "KGS" },
          ["cookAlmaty", "cookAstana", "driverAtyrau", "driverChuy", "builderShymkent", "cookBishkek"],
        ],
        [{ q: "повар", country: "KZ", housing: "1" }, ["cookAlmaty"]],
      ])("%j", async (params, names) => {
        expect(await found(params as Record<string, string>)).toEqual(idsOf(...names));
      });
    });

    describe("sorting and paging", () => {
      it("sorts by newest", async () => {
        const hits = (await search({ sort: "newest" })).hits.map((h) => h.id);
        expect(hits).toEqual(
          [
            "cashierAlmaty",
            "cookAlmaty",
            "cookBishkek",
            "cookAstana",
            "seamstress",
            "driverAtyrau",
            "sellerDordoi",
            "builderShymkent",
            "driverChuy",
            "builderOsh",
          ].map((n) => ids[n]),
        );
      });

      it("sorts by the highest monthly pay, comparing som and tenge, piece rates last", async () => {
        const hits = (await search({ sort: "salary" })).hits.map((h) => h.id);
        expect(hits).toEqual(
          [
            "driverAtyrau",
            "builderShymkent",
            "cookAlmaty",
            "driverChuy",
            "cookAstana",
            "cookBishkek",
            "builderOsh",
            "cashierAlmaty",
            "sellerDordoi",
            "seamstress",
          ].map((n) => ids[n]),
        );
      });

      it("pages and keeps the total", async () => {
        const second = await search({ page: "2" });
        expect(second.hits).toEqual([]);
        expect(second.total).toBe(10);
        expect(second.pageCount).toBe(1);
      });
    });

    describe("facets", () => {
      it("counts each filter's values among the current results", async () => {
        const { facets, total } = await search({ country: "KZ" });
        expect(total).toBe(5);
        expect(facets.country).toEqual({ KZ: 5 });
        expect(facets.region).toEqual({ "KZ-75": 2, "KZ-71": 1, "KZ-23": 1, "KZ-79": 1 });
        expect(facets.sector).toEqual({ SERVICES: 2, TRANSPORT: 1, CONSTRUCTION: 1, TRADE: 1 });
        expect(facets.group).toEqual({ "5": 3, "8": 1, "7": 1 });
        expect(facets.housing).toEqual({ true: 2, false: 3 });
        expect(facets.agency).toEqual({ true: 2, false: 3 });
      });

      it("counts within a text query", async () => {
        const { facets } = await search({ q: "повар" });
        expect(facets.country).toEqual({ KZ: 2, KG: 1 });
        expect(facets.type).toEqual({ FULL_TIME: 3 });
      });
    });

    it("suggests titles for the first letters, in any script, each with its language", async () => {
      expect(await engine().suggest("пов")).toContainEqual({ title: "Повар горячего цеха", language: "ru" });
      expect(await engine().suggest("shve")).toContainEqual({ title: "Швея-мотористка", language: "ru" });
      expect(await engine().suggest("аспа")).toContainEqual({ title: "Аспаз", language: "kk" });
    });

    it("corrects a misspelt word to the indexed ones, but never a word the index knows", async () => {
      expect(await found({ q: "povr" })).toEqual(idsOf("cookAlmaty", "cookAstana", "cookBishkek"));
      expect(await found({ q: "рынек" })).toEqual(idsOf("sellerDordoi"));
    });

    it("follows the database after a vacancy is closed", async () => {
      const prisma = testPrisma();
      expect(await found({ q: "рынок" })).toEqual(idsOf("sellerDordoi"));
      await prisma.vacancy.update({ where: { id: ids.sellerDordoi }, data: { status: "CLOSED" } });
      await prisma.$transaction((tx) => rebuildSearchEntries(tx));
      await engine().sync([ids.sellerDordoi!]);
      expect(await found({ q: "рынок" })).toEqual([]);
    });
  });
}
