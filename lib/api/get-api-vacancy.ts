import "server-only";
import type { z } from "zod";
import { placeNames } from "@/lib/reference/place-names";
import { getPublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
import { parseApiQuery } from "./parse-api-query";
import { languageQuerySchema } from "./request-schemas";
import type { vacancySchema } from "./response-schemas";
import { vacancyJson } from "./vacancy-json";

/** GET /api/v1/vacancies/{id}: one public vacancy with every public field; not_found for anything else. */
export async function getApiVacancy(id: string, searchParams: URLSearchParams): Promise<z.infer<typeof vacancySchema>> {
  const { lang } = parseApiQuery(languageQuerySchema, searchParams);
  const [vacancy, names] = await Promise.all([getPublishedVacancy(id), placeNames()]);
  return vacancyJson(vacancy, names, lang);
}
