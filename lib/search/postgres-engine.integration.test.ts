import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/database";
import { loadDemoContent } from "@/prisma/seed/reference-data";
import { russianStem } from "./morphology/russian-stem";
import { occupationAliasGroups } from "./occupation-names";
import { postgresEngine } from "./postgres-engine";
import { defineSearchContract } from "./search-contract";
import { defineLanguageContract } from "./search-contract-language";
import { skeleton, skeletonWords } from "./skeleton";

defineSearchContract("PostgreSQL", () => postgresEngine);
defineLanguageContract("PostgreSQL", () => postgresEngine);

describe("Russian stems in SQL (the index) and TypeScript (queries)", () => {
  // Every word of the demo vacancies and of the occupations' everyday names, in all three languages.
  const content = loadDemoContent();
  const texts = [
    ...content.occupations.flatMap((o) => [
      ...Object.values(o.titles).flat(),
      ...Object.values(o.duties).flat(),
      ...Object.values(o.requirements).flat(),
    ]),
    ...occupationAliasGroups().flatMap((g) => g.names),
    "водителя вахтой грузчики сварщика поварам уборщицы складе теплицах гостинице коровы",
  ];
  const words = [...new Set(texts.flatMap(skeletonWords))];

  it(`agree word by word (${words.length} words)`, async () => {
    expect(words.length).toBeGreaterThan(2_000);
    const rows = await testPrisma().$queryRaw<{ word: string; stem: string }[]>`
      SELECT word, (ts_lexize('portal_russian_stem', search_cyrillic_form(word)))[1] AS stem
      FROM unnest(${words}::text[]) AS word`;
    const differing = rows.filter((row) => row.stem !== russianStem(row.word));
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it("the index's text configuration stems a whole text the same way", async () => {
    const text = skeleton("Требуются водители и грузчики на склады в Алматы, работа вахтой");
    const [row] = await testPrisma().$queryRaw<{ lexemes: string[] }[]>`
      SELECT tsvector_to_array(to_tsvector('portal_russian', search_cyrillic_form(${text}))) AS lexemes`;
    expect(row!.lexemes.sort()).toEqual([...new Set(text.split(" ").map(russianStem))].sort());
  });
});

describe("search_skeleton (SQL) and skeleton (TypeScript)", () => {
  it("agree on every kind of text both engines see", async () => {
    const samples = [
      "Повар горячего цеха",
      "Құрылысшы-монолитші",
      "Айдоочу (жүк ташуу)",
      "Жүргізуші",
      "Швея-мотористка",
      "Ыстықкөл облысы",
      "Өскемен",
      "Уборщица / уборщик",
      "Хлебопёк",
      "ТОО «Алатау Строй»",
      "ОсОО «Дордой»",
      "qurylysshy",
      "jürgizuşi",
      "shofer",
      "Kazakhstan Almaty 050000",
      "Водитель кат. C, E",
      "Ёлка ЪЬ",
      "  много   пробелов  ",
      "Cook & Chef",
      "Щётка Цех Чай Юрта Яблоко",
    ];
    const rows = await testPrisma().$queryRaw<{ input: string; output: string }[]>`
      SELECT input, search_skeleton(input) AS output FROM unnest(${samples}::text[]) AS input`;
    for (const row of rows) expect(row.output, row.input).toBe(skeleton(row.input));
  });
});
