// The layer rules of docs/architecture.md are lint rules: these deliberately wrong imports must fail `npm run lint`.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "parse-error");
}

describe("layer rules", () => {
  it("a page may not use the database client", async () => {
    const code = 'import { db } from "@/lib/server/db";\nexport const count = () => db.vacancy.count();\n';
    expect(await rulesBroken("app/[locale]/example/page.tsx", code)).toContain("no-restricted-imports");
  });

  it("a component may not import a use case (a server-only module)", async () => {
    const code =
      'import { listStaff } from "@/lib/moderation/list-staff";\nexport const Example = () => String(listStaff);\n';
    expect(await rulesBroken("components/example.tsx", code)).toContain("local/no-server-only-import");
  });

  it('a "use client" module may not import a server-only module, wherever it lives', async () => {
    const code = '"use client";\nimport { env } from "@/lib/server/env";\nexport const Example = () => String(env);\n';
    expect(await rulesBroken("app/[locale]/example/widget.tsx", code)).toContain("local/no-server-only-import");
  });

  it("lib/server may not import a domain", async () => {
    const code =
      'import { searchVacancies } from "@/lib/search/search-vacancies";\nexport const x = searchVacancies;\n';
    expect(await rulesBroken("lib/server/example.ts", code)).toContain("no-restricted-imports");
  });

  it("the same imports are fine where the layers allow them", async () => {
    expect(
      await rulesBroken("lib/vacancies/example.ts", 'import { db } from "@/lib/server/db";\nexport const x = db;\n'),
    ).toEqual([]);
    expect(
      await rulesBroken(
        "components/example.tsx",
        'import type { Actor } from "@/lib/access/actor";\nexport type X = Actor;\n',
      ),
    ).toEqual([]);
  });
});
