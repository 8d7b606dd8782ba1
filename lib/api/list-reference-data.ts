import "server-only";
import type { z } from "zod";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { placeNames } from "@/lib/reference/place-names";
import { AppError } from "@/lib/server/errors";
import { namesOf } from "./api-names";
import { parseApiQuery } from "./parse-api-query";
import { citiesQuerySchema, noQuerySchema, occupationsQuerySchema, regionsQuerySchema } from "./request-schemas";
import type {
  cityListSchema,
  countryListSchema,
  exchangeRateSchema,
  occupationListSchema,
  regionListSchema,
} from "./response-schemas";

// GET /api/v1/reference/*: the codes the vacancies use, with their names in four languages. Read from the
// same cached reference data the pages render names from.

export async function listApiCountries(searchParams: URLSearchParams): Promise<z.infer<typeof countryListSchema>> {
  parseApiQuery(noQuerySchema, searchParams);
  const { countries } = await placeNames();
  return {
    items: [...countries.values()].map((c) => ({
      code: c.code as "KG" | "KZ",
      currency: c.currency as "KGS" | "KZT",
      names: namesOf(c),
    })),
  };
}

export async function listApiRegions(searchParams: URLSearchParams): Promise<z.infer<typeof regionListSchema>> {
  const { country } = parseApiQuery(regionsQuerySchema, searchParams);
  const { regions } = await placeNames();
  return {
    items: [...regions.values()]
      .filter((r) => !country || r.countryCode === country)
      .map((r) => ({ code: r.code, country: r.countryCode as "KG" | "KZ", kind: r.kind, names: namesOf(r) })),
  };
}

export async function listApiCities(searchParams: URLSearchParams): Promise<z.infer<typeof cityListSchema>> {
  const { country, region } = parseApiQuery(citiesQuerySchema, searchParams);
  const { cities } = await placeNames();
  return {
    items: [...cities.values()]
      .filter((c) => (!region || c.regionCode === region) && (!country || c.regionCode.startsWith(`${country}-`)))
      .map((c) => ({ code: c.code, region: c.regionCode, names: namesOf(c) })),
  };
}

export async function listApiOccupations(searchParams: URLSearchParams): Promise<z.infer<typeof occupationListSchema>> {
  const { level, parent } = parseApiQuery(occupationsQuerySchema, searchParams);
  const { occupations } = await placeNames();
  return {
    items: [...occupations.values()]
      .filter((o) => (!level || o.level === level) && (!parent || o.parentCode === parent))
      .map((o) => ({ code: o.code, level: o.level, parent: o.parentCode, names: namesOf(o) })),
  };
}

/** The KGS→KZT rate the portal compares pay with today; not_found until staff have entered one. */
export async function getApiExchangeRate(searchParams: URLSearchParams): Promise<z.infer<typeof exchangeRateSchema>> {
  parseApiQuery(noQuerySchema, searchParams);
  const rate = await getCurrentExchangeRate();
  if (!rate) throw new AppError("not_found", "no exchange rate entered yet");
  return {
    base: rate.base,
    quote: rate.quote,
    rate: rate.rate,
    effectiveDate: rate.effectiveDate.toISOString().slice(0, 10),
    source: rate.source,
  };
}
