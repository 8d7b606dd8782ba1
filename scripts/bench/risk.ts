// npm run bench:risk – precision and recall of the "high risk" level of the red-flag scorer on the
// labelled set in prisma/data/risk-labelled-set.json (vacancy texts in ru/ky/kk with a fixed train/held-out
// split), with the shipped rules (prisma/data/risk-rules.json) and concept rules (prisma/data/risk-concepts.json).
// Market pay for "pay far above the market" comes from the demo market (prisma/data/demo-content.json), as the
// seeded base would give it, with the same fallback as lib/moderation/risk/market-median.ts (ISCO parent
// groups, then the whole country, when an occupation has too few vacancies).
//
// Held-out texts are only ever counted: `--train-only --verbose` lists the misses of the train split, for
// whoever tunes the rules; nothing prints a held-out text.
import { readFileSync } from "node:fs";
import { marketLevels } from "../../lib/moderation/risk/market-levels";
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
  split: "train" | "heldout";
  subtle?: boolean;
  trap?: boolean;
};
const trainOnly = process.argv.includes("--train-only");
const verbose = process.argv.includes("--verbose");
// `--before`: the scorer as it was before concept rules (issue #15): table rules only, market of the exact
// occupation only. For the before/after table in docs/benchmarks.md.
const before = process.argv.includes("--before");
const all = JSON.parse(readFileSync("prisma/data/risk-labelled-set.json", "utf8")) as Entry[];
const set = trainOnly ? all.filter((e) => e.split === "train") : all;
const ruleFile = JSON.parse(readFileSync("prisma/data/risk-rules.json", "utf8"));
const rules: RiskRuleData[] = ruleFile.rules.map((r: RiskRuleData & { structural?: string }) => ({
  ...r,
  structural: Boolean(r.structural),
}));
const content = JSON.parse(readFileSync("prisma/data/demo-content.json", "utf8")) as {
  occupations: { isco: string; weight: number; salary: Record<string, { period: string; min: number; max: number }> }[];
};

/**
 * The demo market's median monthly pay (the middle of each template's range, as before), each occupation template
 * counting as many vacancies as its weight in the seed.
 */
function median(isco: string, country: "KG" | "KZ"): number | null {
  for (const prefix of before ? [isco] : marketLevels(isco)) {
    const values = content.occupations
      .filter((o) => o.isco.startsWith(prefix) && o.salary[country]?.period === "MONTH")
      .flatMap((o) => Array<number>(o.weight).fill((o.salary[country]!.min + o.salary[country]!.max) / 2));
    if (values.length >= (before ? 1 : 5)) return values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  }
  return null;
}

type Counts = { tp: number; fp: number; fn: number; tn: number };
const groups = new Map<string, Counts>();
const count = (group: string, key: keyof Counts) => {
  const c = groups.get(group) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
  c[key]++;
  groups.set(group, c);
};
const categoryHits: Record<string, Record<string, { present: number; found: number }>> = {};
const start = performance.now();
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
    before ? null : undefined,
  );
  const predicted = result.level === "HIGH";
  const actual = entry.label === "high";
  const key = predicted && actual ? "tp" : predicted ? "fp" : actual ? "fn" : "tn";
  const split = entry.split === "train" ? "train" : "held-out";
  count("all", key);
  count(split, key);
  count(`${split} ${entry.language}`, key);
  if (entry.subtle) count(`${split} subtle (risky, one polite indicator)`, key);
  if (entry.trap) count(`${split} traps (honest, red-flag topic)`, key);
  for (const category of entry.categories) {
    const c = ((categoryHits[split] ??= {})[category] ??= { present: 0, found: 0 });
    c.present++;
    if (result.reasons.some((r) => r.category === category)) c.found++;
  }
  if (verbose && entry.split === "train" && predicted !== actual) {
    console.log(
      `${predicted ? "FALSE POSITIVE" : "MISSED"} ${entry.id} [${entry.language}] score ${result.score} ${result.reasons.map((r) => `${r.ruleId}:${r.excerpt ?? ""}`).join("; ")} | expected ${entry.categories.join(",")}\n   ${entry.title} — ${entry.description}`,
    );
  }
}
const elapsed = performance.now() - start;
const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);
console.log(
  `\n${set.length} labelled vacancies (${set.filter((e) => e.label === "high").length} high, ${set.filter((e) => e.label === "low").length} low); high level = score ≥ ${ruleFile.highThreshold}\n`,
);
console.log(`| | precision | recall | true pos. | false pos. | missed | true neg. |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
const order = (name: string) => (name === "all" ? 0 : name.startsWith("train") ? 1 : 2);
for (const [name, c] of [...groups].sort(
  ([a], [b]) => order(a) - order(b) || a.length - b.length || a.localeCompare(b),
))
  console.log(
    `| ${name} | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} |`,
  );
for (const [split, hits] of Object.entries(categoryHits).sort(([a], [b]) => order(a) - order(b))) {
  console.log(`\n| category (${split}) | present | found by its rules | recall |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  for (const [category, c] of Object.entries(hits).sort())
    console.log(`| ${category} | ${c.present} | ${c.found} | ${pct(c.found, c.present)} |`);
}
// A second pass: the time per vacancy once the word caches and the JIT are warm, and the slowest one.
let slowest = 0;
const warmStart = performance.now();
for (const entry of set) {
  const start = performance.now();
  scoreVacancy(
    { title: entry.title, description: entry.description, contacts: entry.contacts, experience: "NONE" },
    rules,
    { high: ruleFile.highThreshold, medium: ruleFile.mediumThreshold },
    before ? null : undefined,
  );
  slowest = Math.max(slowest, performance.now() - start);
}
const warm = (performance.now() - warmStart) / set.length;
console.log(
  `\nscoring time per vacancy: ${(elapsed / set.length).toFixed(2)} ms on average from a cold start, ${warm.toFixed(2)} ms warm, slowest ${slowest.toFixed(2)} ms`,
);
