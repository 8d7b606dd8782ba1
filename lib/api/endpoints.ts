import type { z } from "zod";
import {
  citiesQuerySchema,
  entityIdSchema,
  languageQuerySchema,
  noQuerySchema,
  occupationsQuerySchema,
  regionsQuerySchema,
  vacancyListQuerySchema,
} from "./request-schemas";
import {
  cityListSchema,
  countryListSchema,
  employerSchema,
  exchangeRateSchema,
  occupationListSchema,
  regionListSchema,
  vacancyListSchema,
  vacancySchema,
} from "./response-schemas";
import type { apiExamples } from "./examples";

/**
 * The endpoints of /api/v1, described once: the OpenAPI document and the reference page are both drawn
 * from this list. Texts are catalog keys: `api.endpoints.<id>.*` and `api.parameters.<id>.<name>`.
 */
export type ApiEndpoint = {
  id: string;
  path: string;
  query: z.ZodObject;
  pathParameters?: { id: z.ZodType };
  response: z.ZodType;
  example: keyof typeof apiExamples;
  errors: ("invalid" | "not_found" | "rate_limited")[];
  /** seconds a shared cache may keep the answer */
  maxAge: number;
  /** a request to show on the reference page (relative to /api/v1) */
  sample: string;
};

export const apiEndpoints: ApiEndpoint[] = [
  {
    id: "listVacancies",
    path: "/vacancies",
    query: vacancyListQuerySchema,
    response: vacancyListSchema,
    example: "VacancyList",
    errors: ["invalid", "rate_limited"],
    maxAge: 60,
    sample: "/vacancies?q=водитель&country=KZ&sort=newest&limit=20",
  },
  {
    id: "getVacancy",
    path: "/vacancies/{id}",
    query: languageQuerySchema,
    pathParameters: { id: entityIdSchema },
    response: vacancySchema,
    example: "Vacancy",
    errors: ["invalid", "not_found", "rate_limited"],
    maxAge: 300,
    sample: "/vacancies/cmf3k2q9x0001ab12cd34ef56?lang=ky",
  },
  {
    id: "getEmployer",
    path: "/employers/{id}",
    query: languageQuerySchema,
    pathParameters: { id: entityIdSchema },
    response: employerSchema,
    example: "Employer",
    errors: ["invalid", "not_found", "rate_limited"],
    maxAge: 300,
    sample: "/employers/cmf3k2a1b0000ab12cd34ef56",
  },
  {
    id: "listCountries",
    path: "/reference/countries",
    query: noQuerySchema,
    response: countryListSchema,
    example: "CountryList",
    errors: ["invalid", "rate_limited"],
    maxAge: 3600,
    sample: "/reference/countries",
  },
  {
    id: "listRegions",
    path: "/reference/regions",
    query: regionsQuerySchema,
    response: regionListSchema,
    example: "RegionList",
    errors: ["invalid", "rate_limited"],
    maxAge: 3600,
    sample: "/reference/regions?country=KG",
  },
  {
    id: "listCities",
    path: "/reference/cities",
    query: citiesQuerySchema,
    response: cityListSchema,
    example: "CityList",
    errors: ["invalid", "rate_limited"],
    maxAge: 3600,
    sample: "/reference/cities?region=KG-C",
  },
  {
    id: "listOccupations",
    path: "/reference/occupations",
    query: occupationsQuerySchema,
    response: occupationListSchema,
    example: "OccupationGroupList",
    errors: ["invalid", "rate_limited"],
    maxAge: 3600,
    sample: "/reference/occupations?level=4&parent=833",
  },
  {
    id: "getExchangeRate",
    path: "/reference/exchange-rate",
    query: noQuerySchema,
    response: exchangeRateSchema,
    example: "ExchangeRate",
    errors: ["invalid", "not_found", "rate_limited"],
    maxAge: 600,
    sample: "/reference/exchange-rate",
  },
];

/** The parameters of an endpoint in order: path first, then query. */
export function endpointParameters(endpoint: ApiEndpoint): { name: string; in: "path" | "query"; schema: z.ZodType }[] {
  return [
    ...Object.entries(endpoint.pathParameters ?? {}).map(([name, schema]) => ({ name, in: "path" as const, schema })),
    ...Object.entries(endpoint.query.shape).map(([name, schema]) => ({
      name,
      in: "query" as const,
      schema: schema as z.ZodType,
    })),
  ];
}
