// Typed access to the reference data files in prisma/data (geography, ISCO-08, demo content).
import { readFileSync } from "node:fs";
import path from "node:path";

const dataDir = path.resolve(import.meta.dirname, "../data");
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), "utf8")) as T;

export type Names = { ru: string; ky: string; kk: string; en: string };
export type CityData = { code: string; names: Names; population?: number };
export type RegionData = { code: string; kind: "REGION" | "CITY"; names: Names; cities: CityData[] };
export type CountryData = { code: "KG" | "KZ"; names: Names; regions: RegionData[] };
export type OccupationData = {
  code: string;
  level: number;
  parent: string | null;
  en: string;
  ru: string;
  ky?: string;
  kk?: string;
};

export const loadGeography = () => read<{ countries: CountryData[] }>("geography.json").countries;
export const loadOccupations = () => read<OccupationData[]>("isco08.json");

type Localized<T> = { ru: T; ky: T; kk: T };
export type OccupationTemplate = {
  isco: string;
  sector: string;
  weight: number;
  titles: Localized<string[]>;
  duties: Localized<string[]>;
  requirements: Localized<string[]>;
  salary: Record<"KG" | "KZ", { period: string; min: number; max: number }>;
  employmentTypes: string[];
  experience: string;
  education: string;
  housingShare: number;
  mealsShare: number;
  transportShare: number;
  schedule: Localized<string>;
};
export type DemoContent = {
  occupations: OccupationTemplate[];
  employers: Record<"KG" | "KZ", Record<"COMPANY" | "INDIVIDUAL_ENTREPRENEUR" | "RECRUITMENT_AGENCY", string[]>>;
  intro: Localized<string[]>;
  conditions: Localized<{ housing: string; meals: string; transport: string; contract: string; pay: string }>;
};
export const loadDemoContent = () => read<DemoContent>("demo-content.json");
