import { describe, expect, it } from "vitest";
import { combineRisk, modelPoints } from "./combine-risk";
import { crossValidate, stratifiedFolds } from "./evaluate";
import { featureHits, maxTextLength, maxWords, modelText } from "./features";
import { markableReasons } from "./model-marks";
import { predictRisk } from "./predict";
import { defaultTrainingOptions, trainRiskModel, type Example } from "./train";

const risky = [
  "Оплата за оформление визы 20 000, паспорт хранится у работодателя",
  "Паспорт сдаётся бригадиру, выезд только по разрешению, оплата за оформление",
  "Жумушка алуу үчүн алдын ала төлөм, паспортту жумуш берүүчү сактайт",
  "Визаны рәсімдеу үшін төлем, паспортты жұмыс беруші сақтайды",
];
const honest = [
  "Повар в столовую, официальное оформление, зарплата два раза в месяц",
  "Продавец в магазин, график пять через два, оформление по трудовому кодексу",
  "Ашканага ашпозчу керек, расмий келишим, айлык айына эки жолу",
  "Дүкенге сатушы, ресми еңбек шарты, жалақы айына екі рет",
];
const examples: Example[] = [
  ...risky.map((text) => ({ text, risky: true })),
  ...honest.map((text) => ({ text, risky: false })),
];
const options = { ...defaultTrainingOptions, minDocuments: 1, epochs: 200 };

describe("risk model", () => {
  it("collapses word forms to one stem and keeps where each word was", () => {
    const text = "Паспорт паспорта";
    const hits = featureHits(text).filter((hit) => hit.feature.startsWith("w:"));
    expect(new Set(hits.map((hit) => hit.feature)).size).toBe(1);
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(["Паспорт", "паспорта"]);
    expect(featureHits("оплата за оформление").some((hit) => hit.feature.startsWith("p:"))).toBe(true);
  });

  it("trains deterministically: the same examples in another order give the same weights", () => {
    const first = trainRiskModel(examples, options);
    const again = trainRiskModel([...examples].reverse(), options);
    expect(again.bias).toBeCloseTo(first.bias, 3);
    for (const [feature, weight] of Object.entries(first.weights))
      expect(again.weights[feature]).toBeCloseTo(weight, 3);
    expect(trainRiskModel(examples, options)).toEqual(first);
  });

  it("names the words that pushed the probability up, with their places in the text", () => {
    const model = trainRiskModel(examples, options);
    const text = "Грузчик на склад. Паспорт хранится у работодателя, оплата за оформление";
    const prediction = predictRisk(model, text);
    expect(prediction.probability).toBeGreaterThan(0.5);
    expect(predictRisk(model, "Повар в столовую, официальное оформление").probability).toBeLessThan(0.5);
    expect(prediction.contributions.length).toBeGreaterThan(0);
    for (const contribution of prediction.contributions) {
      expect(contribution.weight).toBeGreaterThan(0);
      for (const place of contribution.positions) expect(text.slice(place.start, place.end)).toBe(place.text);
    }
  });

  it("folds are stratified, disjoint and cover every example; k-fold reports mean and spread", () => {
    const folds = stratifiedFolds(examples, 2);
    expect(folds.flat().sort()).toEqual(examples.map((_, i) => i));
    for (const fold of folds) expect(fold.filter((i) => examples[i]!.risky).length).toBe(2);
    expect(stratifiedFolds(examples, 2)).toEqual(folds);
    const summary = crossValidate(examples, 2, options);
    expect(summary.k).toBe(2);
    expect(summary.precision.mean).toBeGreaterThanOrEqual(0);
    expect(summary.recall.sd).toBeGreaterThanOrEqual(0);
  });

  it("reads a capped part of a hostile text, fast", () => {
    const model = trainRiskModel(examples, options);
    const hostile = `${"оплата ".repeat(200_000)}${"а".repeat(100_000)}`;
    const started = performance.now();
    const prediction = predictRisk(model, hostile);
    expect(performance.now() - started).toBeLessThan(200);
    expect(featureHits(hostile).filter((hit) => hit.feature.startsWith("w:")).length).toBeLessThanOrEqual(maxWords);
    for (const c of prediction.contributions)
      for (const p of c.positions) expect(p.end).toBeLessThanOrEqual(maxTextLength);
    expect(featureHits("x".repeat(50_000))).toEqual([]);
  });

  it("combines with the rules: the model's points and words as a MODEL reason, places per field", () => {
    const rules = { score: 20, level: "MEDIUM" as const, reasons: [] };
    const thresholds = { high: 50, medium: 20 };
    expect(combineRisk(rules, null, thresholds)).toBe(rules);
    const title = "Грузчик";
    const text = modelText(title, "Паспорт хранится у работодателя");
    const model = trainRiskModel(examples, options);
    const prediction = predictRisk(model, text);
    const combined = combineRisk(rules, { ...prediction, version: 3, titleLength: title.length }, thresholds);
    expect(combined.score).toBe(Math.min(100, 20 + modelPoints(prediction.probability)));
    expect(combined.level).toBe("HIGH");
    const marks = markableReasons(combined.reasons);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark).toMatchObject({ category: "MODEL", field: "description" });
      expect("Паспорт хранится у работодателя".slice(mark.start, mark.end)).toMatch(/\p{L}/u);
    }
    expect(combineRisk(rules, { probability: 0.05, contributions: [], version: 3, titleLength: 1 }, thresholds)).toBe(
      rules,
    );
  });
});
