// npm run bench:risk – precision and recall of the "high risk" level of the red-flag scorer on the
// labelled set in prisma/data/risk-labelled-set.json (160 vacancy texts in ru/ky/kk), with the shipped
// rules (prisma/data/risk-rules.json). Market pay for "pay far above the market" comes from the demo
// market (prisma/data/demo-content.json), as the seeded base would give it.
import { readFileSync } from "node:fs";
import { scoreVacancy, type RiskRuleData } from "../../lib/moderation/risk/score-vacancy";

type Entry = {
  id: string;
  language: string;
  title: string;
  description: string;
  countryCode: "KG" | "KZ";
  isco: string;
  salary: { min?: number; max?: number; currency: string; period: string };
  contacts: Record<string, string>;
  label: "high" | "low";
  categories: string[];
};
const set = JSON.parse(readFileSync("prisma/data/risk-labelled-set.json", "utf8")) as Entry[];
const ruleFile = JSON.parse(readFileSync("prisma/data/risk-rules.json", "utf8"));
const rules: RiskRuleData[] = ruleFile.rules.map((r: RiskRuleData & { structural?: string }) => ({
  ...r,
  structural: Boolean(r.structural),
}));
const content = JSON.parse(readFileSync("prisma/data/demo-content.json", "utf8")) as {
  occupations: { isco: string; salary: Record<string, { period: string; min: number; max: number }> }[];
};

function median(isco: string, country: "KG" | "KZ"): number | null {
  const values = content.occupations
    .filter((o) => o.isco === isco && o.salary[country]?.period === "MONTH")
    .map((o) => (o.salary[country]!.min + o.salary[country]!.max) / 2);
  if (values.length === 0) return null;
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const verbose = process.argv.includes("--verbose");
let tp = 0,
  fp = 0,
  fn = 0,
  tn = 0;
const byLanguage: Record<string, { tp: number; fp: number; fn: number; tn: number }> = {};
// The rules were tuned looking only at the odd-numbered entries; the even-numbered half is held out.
const byHalf: Record<string, { tp: number; fp: number; fn: number; tn: number }> = {};
const categoryHits: Record<string, { present: number; found: number }> = {};
for (const entry of set) {
  const result = scoreVacancy(
    {
      title: entry.title,
      description: entry.description,
      contacts: entry.contacts,
      salary: { min: entry.salary.min, max: entry.salary.max, period: entry.salary.period },
      experience: "NONE",
      organization: null,
      marketMedianMonthly: median(entry.isco, entry.countryCode),
    },
    rules,
    { high: ruleFile.highThreshold, medium: ruleFile.mediumThreshold },
  );
  const predicted = result.level === "HIGH";
  const actual = entry.label === "high";
  const lang = (byLanguage[entry.language] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
  const half = (byHalf[Number(entry.id.slice(1)) % 2 ? "tuning half (odd ids)" : "held-out half (even ids)"] ??= {
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
  });
  const key = predicted && actual ? "tp" : predicted ? "fp" : actual ? "fn" : "tn";
  lang[key]++;
  half[key]++;
  if (key === "tp") tp++;
  else if (key === "fp") fp++;
  else if (key === "fn") fn++;
  else tn++;
  for (const category of entry.categories) {
    const c = (categoryHits[category] ??= { present: 0, found: 0 });
    c.present++;
    if (result.reasons.some((r) => r.category === category)) c.found++;
  }
  if (verbose && predicted !== actual) {
    console.log(
      `${predicted ? "FALSE POSITIVE" : "MISSED"} ${entry.id} [${entry.language}] score ${result.score} ${result.reasons.map((r) => `${r.category}:${r.excerpt ?? ""}`).join("; ")} | expected ${entry.categories.join(",")}`,
    );
  }
}
const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);
console.log(
  `\n${set.length} labelled vacancies (${set.filter((e) => e.label === "high").length} high, ${set.filter((e) => e.label === "low").length} low); high level = score ≥ ${ruleFile.highThreshold}\n`,
);
console.log(`| | precision | recall | true pos. | false pos. | missed | true neg. |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
console.log(`| all | ${pct(tp, tp + fp)} | ${pct(tp, tp + fn)} | ${tp} | ${fp} | ${fn} | ${tn} |`);
for (const [half, c] of Object.entries(byHalf).sort())
  console.log(
    `| ${half} | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} |`,
  );
for (const [language, c] of Object.entries(byLanguage))
  console.log(
    `| ${language} | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} |`,
  );
console.log(`\n| category | present | found by its rule | recall |`);
console.log(`| --- | ---: | ---: | ---: |`);
for (const [category, c] of Object.entries(categoryHits).sort())
  console.log(`| ${category} | ${c.present} | ${c.found} | ${pct(c.found, c.present)} |`);
