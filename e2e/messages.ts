import { readFileSync } from "node:fs";
import path from "node:path";

// The journeys find controls by their visible, translated labels: the same catalogs the UI uses.
export type Catalog = Record<string, Record<string, string>>;
export function catalog(locale: string): Catalog {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "../messages", `${locale}.json`), "utf8")) as Catalog;
}
