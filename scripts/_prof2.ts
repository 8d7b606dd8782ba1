import { conceptMatches } from "../lib/moderation/risk/concept-matches";
import { shippedConcepts } from "../lib/moderation/risk/concept-rules";
const texts = { rep: "паспорт не хранится у нас телефон ".repeat(3000), letters: "а".repeat(100000), words: "оплата ".repeat(15000), mixed: "ақы төлөйсүз oplata 5000 тг ".repeat(4000), digits: "10 000 ".repeat(15000), normal: "Нужен грузчик на склад, зарплата 250 000 тенге, график 5/2, паспорт остаётся у вас. Звоните." };
for (const [k, t] of Object.entries(texts)) {
  const ms: number[] = [];
  for (let i = 0; i < 4; i++) {
    const s = performance.now();
    conceptMatches(shippedConcepts, { title: "x", description: t, contacts: {} }, new Set());
    ms.push(performance.now() - s);
  }
  console.log(k, ms.map((m) => m.toFixed(1)).join(" "));
}
