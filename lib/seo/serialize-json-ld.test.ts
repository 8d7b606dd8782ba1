import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./serialize-json-ld";

describe("serializeJsonLd", () => {
  it("leaves no character that could end a script element or start markup", () => {
    const text = serializeJsonLd({ title: "</script><script>alert(1)</script> <!-- a & b -->" });
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain("\\u003c/script\\u003e");
  });

  it("is the same data to a JSON parser", () => {
    const data = { title: "Повар </script> & «кондитер»", line: "a\u2028b\u2029c", n: 1.5, list: [true, null] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
    expect(serializeJsonLd(data)).not.toMatch(/[\u2028\u2029]/);
  });
});
