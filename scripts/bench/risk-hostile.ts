// npm run bench:risk-hostile – how long scoring takes on hostile descriptions (100 000 characters of
// digits, spaces, one repeated letter, repeated words, number groups…), per text and per rule. The scorer
// runs on every submission inside a request: the target is under 50 ms for any text (docs/benchmarks.md).
// Scoring reads at most 12 000 characters (score-vacancy.ts); "concept rules" is the time of the shipped
// concept rules alone (docs/decisions/0026).
import { scoreVacancy } from "../../lib/moderation/risk/score-vacancy";
import { riskThresholds as thresholds, shippedRules as rules } from "../../lib/moderation/risk/shipped-rules";
const length = Number(process.argv.find((a) => a.startsWith("--length="))?.slice(9) ?? 100_000);
const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const texts: Record<string, string> = {
  digits: fill("7"),
  "digit groups": fill("10 000 "),
  "digit spaces": fill("1 "),
  "digit dots": fill("1."),
  "digits, dashes": fill("1-"),
  "money-like": fill("5000тг "),
  "fee word, then digits": `оплата ${fill("1 ").slice(0, length - 7)}`,
  "fee words, digit runs": fill(`оплата ${"1 ".repeat(500)}`),
  spaces: fill(" "),
  "one letter": fill("а"),
  "repeated word": fill("оплата "),
  "fee words": fill("залог за оформление "),
  "passport words": fill("паспорт хранится у работодателя "),
  "telegram words": fill("пишите в телеграм "),
  punctuation: fill("-.,:;!? "),
  "mixed scripts": fill("ақы төлөйсүз oplata 5000 тг "),
};
const input = (description: string) => ({
  title: "Разнорабочий",
  description,
  contacts: { phone: "+7 701 000 00 00" },
  salary: { min: 200000, max: 300000, period: "MONTH" },
  experience: "NONE",
  organization: null,
  marketMedianMonthly: 250000,
});

const time = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
let worst = 0;
console.log(`description length ${length.toLocaleString("en")} characters, ${rules.length} rules`);
for (const [name, text] of Object.entries(texts)) {
  scoreVacancy(input(text.slice(0, 1000)), rules, thresholds); // warm up the compiled patterns
  const ms = Math.min(...[0, 1, 2].map(() => time(() => scoreVacancy(input(text), rules, thresholds))));
  worst = Math.max(worst, ms);
  const slowRules = rules
    .filter((rule) => rule.pattern)
    .map((rule) => ({ id: rule.id, ms: time(() => scoreVacancy(input(text), [rule], thresholds, null)) }))
    .concat([{ id: "concept rules", ms: time(() => scoreVacancy(input(text), [], thresholds)) }])
    .filter((r) => r.ms > 5)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  console.log(
    `${name.padEnd(16)} ${ms.toFixed(1).padStart(8)} ms${slowRules.length ? `   slowest rules: ${slowRules.map((r) => `${r.id} ${r.ms.toFixed(0)} ms`).join(", ")}` : ""}`,
  );
}
console.log(`worst scoring time: ${worst.toFixed(1)} ms (target < 50 ms)`);

// What a submission meets first: the form's schema, which refuses a description over 10 000 characters before
// anything reads it. Time to refuse a 100 000-character one:
const { vacancySubmitSchema } = await import("../../lib/vacancies/schemas");
const huge = `оплата ${"1 ".repeat(50_000)}`;
const refuse = Math.min(
  ...[0, 1, 2].map(() => time(() => vacancySubmitSchema.safeParse({ title: "Разнорабочий", description: huge }))),
);
console.log(
  `a ${huge.length.toLocaleString("en")}-character description is refused by the schema in ${refuse.toFixed(1)} ms`,
);
process.exitCode = worst < 50 ? 0 : 1;
