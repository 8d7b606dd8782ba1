import { describe, expect, it } from "vitest";
import { escapeHtml, firstSentence, oneLine, plainTextToHtml, truncate } from "./plain-text";

describe("plain text for structured data and meta tags", () => {
  it("escapes HTML", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
    );
  });

  it("turns blank lines into paragraphs and line breaks into <br>", () => {
    expect(plainTextToHtml("Строка 1\r\nСтрока 2\n\n\n  Абзац 2  \n")).toBe(
      "<p>Строка 1<br>Строка 2</p><p>Абзац 2</p>",
    );
  });

  it("finds the first sentence, on one line", () => {
    expect(firstSentence("Ищем повара. Опыт от года.")).toBe("Ищем повара.");
    expect(firstSentence("Ищем повара!\nОпыт")).toBe("Ищем повара!");
    expect(firstSentence("Без точки в конце\nВторая строка")).toBe("Без точки в конце");
    expect(firstSentence("Зарплата 1.5 млн. в месяц")).toBe("Зарплата 1.5 млн.");
    expect(oneLine(" a\n\tb  c ")).toBe("a b c");
  });

  it("cuts at a word boundary with an ellipsis, never past the limit", () => {
    expect(truncate("короткий текст", 160)).toBe("короткий текст");
    const cut = truncate("слово ".repeat(50), 40);
    expect(Array.from(cut).length).toBeLessThanOrEqual(40);
    expect(cut).toMatch(/слово…$/);
    expect(Array.from(truncate("x".repeat(300), 160))).toHaveLength(160);
  });
});
