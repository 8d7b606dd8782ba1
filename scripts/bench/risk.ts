// npm run bench:risk – precision and recall of the "high risk" level on the labelled set in
// prisma/data/risk-labelled-set.json (vacancy texts in ru/ky/kk with a fixed train/held-out split): first the
// rules alone (prisma/data/risk-rules.json and the concept rules of prisma/data/risk-concepts.json), then the
// score moderators see: the rules plus the learned model (lib/moderation/risk/model), trained on the train
// split only. Train figures of the model are out-of-fold (5-fold: each text answered by a model that did not
// learn it); held-out texts are answered by the model trained on the whole train split.
// Market pay for "pay far above the market" comes from the demo market, as the seeded base would give it
// (lib/moderation/risk/model/labelled-set.ts).
//
// Held-out texts are only ever counted: `--train-only --verbose` lists the misses of the train split, for
// whoever tunes the rules; nothing prints a held-out text.
import { buildRiskModelVersion } from "../../lib/moderation/risk/model/build-version";
import { combineRisk } from "../../lib/moderation/risk/model/combine-risk";
import { modelText } from "../../lib/moderation/risk/model/features";
import {
  demoMarketMedian,
  labelledRiskInput,
  labelledSet,
  type LabelledEntry,
} from "../../lib/moderation/risk/model/labelled-set";
import { predictRisk } from "../../lib/moderation/risk/model/predict";
import { scoreVacancy, type RiskResult } from "../../lib/moderation/risk/score-vacancy";
import { riskThresholds, shippedRules } from "../../lib/moderation/risk/shipped-rules";

const trainOnly = process.argv.includes("--train-only");
const verbose = process.argv.includes("--verbose");
// `--before`: the scorer as it was before issue #15: table rules only, market of the exact occupation only,
// no model. For the before/after table in docs/benchmarks.md.
const before = process.argv.includes("--before");
const set = trainOnly ? labelledSet.filter((e) => e.split === "train") : labelledSet;
const [rules, thresholds] = [shippedRules, riskThresholds];

const inputOf = (entry: LabelledEntry) =>
  before
    ? {
        ...labelledRiskInput(entry),
        marketMedianMonthly: demoMarketMedian(entry.isco, entry.countryCode, [entry.isco], 1),
      }
    : labelledRiskInput(entry);

const start = performance.now();
const rulesResults = new Map(
  set.map((e) => [e.id, scoreVacancy(inputOf(e), rules, thresholds, before ? null : undefined)]),
);
const elapsed = performance.now() - start;

// The model, trained on the train split only (as `npm run risk:train` and the back office do)
const built = before ? null : buildRiskModelVersion([], rules, thresholds);
const outOfFold = new Map(
  built ? labelledSet.filter((e) => e.split === "train").map((e, i) => [e.id, built.trainOutOfFold[i]!]) : [],
);
function combined(entry: LabelledEntry): RiskResult {
  const rulesResult = rulesResults.get(entry.id)!;
  if (!built) return rulesResult;
  const probability =
    entry.split === "train"
      ? outOfFold.get(entry.id)!
      : predictRisk(built.model, modelText(entry.title, entry.description)).probability;
  const model = { probability, contributions: [], version: 0, titleLength: 0, scale: built.metrics.combination.scale };
  return combineRisk(rulesResult, model, thresholds);
}

type Counts = { tp: number; fp: number; fn: number; tn: number };
const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);
const order = (name: string) => (name === "all" ? 0 : name.startsWith("train") ? 1 : 2);

function report(title: string, resultOf: (entry: LabelledEntry) => RiskResult) {
  const groups = new Map<string, Counts>();
  const count = (group: string, key: keyof Counts) => {
    const c = groups.get(group) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    c[key]++;
    groups.set(group, c);
  };
  for (const entry of set) {
    const result = resultOf(entry);
    const predicted = result.level === "HIGH";
    const actual = entry.label === "high";
    const key = predicted && actual ? "tp" : predicted ? "fp" : actual ? "fn" : "tn";
    const split = entry.split === "train" ? "train" : "held-out";
    count("all", key);
    count(split, key);
    count(`${split} ${entry.language}`, key);
    if (entry.subtle) count(`${split} subtle (risky, one polite indicator)`, key);
    if (entry.trap) count(`${split} traps (honest, red-flag topic)`, key);
    if (verbose && entry.split === "train" && predicted !== actual) {
      const reasons = result.reasons.map(
        (r) => `${r.ruleId}${r.ruleId === "MODEL" ? "" : `:${r.excerpt ?? ""}`}+${r.weight}`,
      );
      console.log(
        `${predicted ? "FALSE POSITIVE" : "MISSED"} ${entry.id} [${entry.language}] score ${result.score} ${reasons.join("; ")} | expected ${entry.categories.join(",")}\n   ${entry.title} — ${entry.description}`,
      );
    }
  }
  console.log(`\n${title}\n`);
  console.log(`| | precision | recall | true pos. | false pos. | missed | true neg. |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const [name, c] of [...groups].sort(
    ([a], [b]) => order(a) - order(b) || a.length - b.length || a.localeCompare(b),
  ))
    console.log(
      `| ${name} | ${pct(c.tp, c.tp + c.fp)} | ${pct(c.tp, c.tp + c.fn)} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.tn} |`,
    );
}

console.log(
  `${set.length} labelled vacancies (${set.filter((e) => e.label === "high").length} high, ${set.filter((e) => e.label === "low").length} low); high level = score ≥ ${thresholds.high}`,
);
report(before ? "Rules as before issue #15" : "Rules alone", (e) => rulesResults.get(e.id)!);
if (built)
  report(
    `Rules + model (the score moderators see; model points = ${built.metrics.combination.scale} × probability, ` +
      `train figures out-of-fold)`,
    combined,
  );

// Which indicator the rules found, per category of the labelled set
const categoryHits: Record<string, Record<string, { present: number; found: number }>> = {};
for (const entry of set) {
  const split = entry.split === "train" ? "train" : "held-out";
  for (const category of entry.categories) {
    const c = ((categoryHits[split] ??= {})[category] ??= { present: 0, found: 0 });
    c.present++;
    if (rulesResults.get(entry.id)!.reasons.some((r) => r.category === category)) c.found++;
  }
}
for (const [split, hits] of Object.entries(categoryHits).sort(([a], [b]) => order(a) - order(b))) {
  console.log(`\n| category (${split}) | present | found by its rules | recall |`);
  console.log(`| --- | ---: | ---: | ---: |`);
  for (const [category, c] of Object.entries(hits).sort())
    console.log(`| ${category} | ${c.present} | ${c.found} | ${pct(c.found, c.present)} |`);
}

// A second pass: the rules' time per vacancy once the word caches and the JIT are warm, and the slowest one
// (the model's own time is in npm run bench:risk-model).
let slowest = 0;
const warmStart = performance.now();
for (const entry of set) {
  const start = performance.now();
  scoreVacancy(inputOf(entry), rules, thresholds, before ? null : undefined);
  slowest = Math.max(slowest, performance.now() - start);
}
const warm = (performance.now() - warmStart) / set.length;
console.log(
  `\nrules' scoring time per vacancy: ${(elapsed / set.length).toFixed(2)} ms on average from a cold start, ${warm.toFixed(2)} ms warm, slowest ${slowest.toFixed(2)} ms`,
);
