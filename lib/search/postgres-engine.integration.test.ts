import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/database";
import { postgresEngine } from "./postgres-engine";
import { defineSearchContract } from "./search-contract";
import { skeleton } from "./skeleton";

defineSearchContract("PostgreSQL", () => postgresEngine);

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
