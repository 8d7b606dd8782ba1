import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { authorizationMatrix } from "./authorization-matrix";
import { authorizationMatrixDocument } from "./authorization-matrix-document";

describe("authorization matrix", () => {
  it("names each target once", () => {
    const targets = authorizationMatrix.map((row) => row.target);
    expect(targets.filter((target, index) => targets.indexOf(target) !== index)).toEqual([]);
  });

  it("is what docs/authorization-matrix.md says (run `npm run docs:authorization` after changing it)", () => {
    expect(readFileSync("docs/authorization-matrix.md", "utf8")).toBe(authorizationMatrixDocument());
  });
});
