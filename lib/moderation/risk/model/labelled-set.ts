// The labelled set (prisma/data/risk-labelled-set.json) as model examples and as scorer inputs. Market pay
// for the rules' "pay far above the market" comes from the demo market (prisma/data/demo-content.json), as
// the seeded base would give it (the same as npm run bench:risk). Held-out entries are only ever reported on.
import content from "@/prisma/data/demo-content.json";
import entries from "@/prisma/data/risk-labelled-set.json";
import { marketLevels, marketMinimumSample } from "../market-levels";
import type { RiskInput } from "../score-vacancy";
import { modelText } from "./features";
import type { Example } from "./train";

export type LabelledEntry = {
  id: string;
  categories: string[];
  subtle?: boolean;
  trap?: boolean;
  language: string;
  title: string;
  description: string;
  countryCode: string;
  isco: string;
  salary: { min?: number; max?: number; currency: string; period: string };
  contacts: Record<string, string | undefined>;
  label: string;
  split: string;
};

export const labelledSet = entries as unknown as LabelledEntry[];
export const languages = ["ru", "ky", "kk"] as const;

const occupations = content.occupations as {
  isco: string;
  weight: number;
  salary: Record<string, { period: string; min: number; max: number } | undefined>;
}[];

/**
 * The demo market's median monthly pay, as the seeded base would give it: each occupation template counts as
 * many vacancies as its weight in the seed, at the middle of its range, with the fallback of market-median.ts
 * (ISCO groups, then the country) below `minimum` vacancies. `levels` can be narrowed (bench:risk --before).
 */
export function demoMarketMedian(
  isco: string,
  country: string,
  levels = marketLevels(isco),
  minimum = marketMinimumSample,
): number | null {
  for (const prefix of levels) {
    const values = occupations
      .filter((o) => o.isco.startsWith(prefix) && o.salary[country]?.period === "MONTH")
      .flatMap((o) => Array<number>(o.weight).fill((o.salary[country]!.min + o.salary[country]!.max) / 2))
      .sort((a, b) => a - b);
    if (values.length >= minimum) return values[Math.floor(values.length / 2)]!;
  }
  return null;
}

export const labelledExample = (entry: LabelledEntry): Example => ({
  text: modelText(entry.title, entry.description),
  risky: entry.label === "high",
});

export const labelledRiskInput = (entry: LabelledEntry): RiskInput => ({
  title: entry.title,
  description: entry.description,
  contacts: entry.contacts,
  salary: { min: entry.salary.min, max: entry.salary.max, period: entry.salary.period },
  experience: "NONE",
  occupationCode: entry.isco,
  organization: null,
  marketMedianMonthly: demoMarketMedian(entry.isco, entry.countryCode),
});
