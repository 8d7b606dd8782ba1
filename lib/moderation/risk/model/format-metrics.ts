// A model version's measures as a Markdown table (the training command and the bench print it).
import type { RiskModelMetrics } from "./build-version";

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function formatMetrics(metrics: RiskModelMetrics): string {
  const lines = [
    "| held-out (high level) | model precision | model recall | combined precision | combined recall | n |",
  ];
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const key of ["all", "ru", "ky", "kk"] as const) {
    const [m, c] = [metrics.heldout.model[key], metrics.heldout.combined[key]];
    lines.push(`| ${key} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(c.precision)} | ${pct(c.recall)} | ${m.n} |`);
  }
  const { k, precision, recall } = metrics.kfold;
  lines.push(
    "",
    `${k}-fold on the training examples (model alone): precision ${pct(precision.mean)} ± ${pct(precision.sd)}, recall ${pct(recall.mean)} ± ${pct(recall.sd)}`,
  );
  const { scale, trainOutOfFold } = metrics.combination;
  lines.push(
    `Combination: rules score + ${scale} × model probability (chosen on out-of-fold training answers: precision ${pct(trainOutOfFold.precision)}, recall ${pct(trainOutOfFold.recall)})`,
  );
  return lines.join("\n");
}
