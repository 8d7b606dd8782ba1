import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { apiEndpoints } from "./endpoints";
import { apiExamples } from "./examples";
import { openApiDocument } from "./openapi-document";
import { apiSchemas } from "./response-schemas";

describe("OpenAPI document", () => {
  const document = openApiDocument("https://vacancies.example.org/api/v1", 300);

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result.valid ? [] : result.errors, null, 1)).toBe(true);
  });

  it("describes every endpoint, with a text for each parameter", () => {
    expect(Object.keys(document.paths).sort()).toEqual(apiEndpoints.map((e) => e.path).sort());
    for (const path of Object.values(document.paths))
      for (const parameter of path.get.parameters) expect(parameter.description).not.toMatch(/^api\./);
  });

  it("has examples that the answer schemas accept", () => {
    for (const endpoint of apiEndpoints) {
      const schema = endpoint.response;
      expect(apiSchemas.get(schema)?.id, endpoint.id).toBeTruthy();
      const parsed = schema.safeParse(apiExamples[endpoint.example]);
      expect(parsed.success, `${endpoint.example}: ${parsed.error?.message}`).toBe(true);
    }
  });
});
