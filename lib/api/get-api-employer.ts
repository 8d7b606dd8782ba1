import "server-only";
import type { z } from "zod";
import { getPublicEmployer } from "@/lib/organizations/get-public-employer";
import { absoluteUrl } from "@/lib/server/urls";
import { parseApiQuery } from "./parse-api-query";
import { languageQuerySchema } from "./request-schemas";
import type { employerSchema } from "./response-schemas";

/** GET /api/v1/employers/{id}: what the employer's public page shows; blocked employers are not found. */
export async function getApiEmployer(
  id: string,
  searchParams: URLSearchParams,
): Promise<z.infer<typeof employerSchema>> {
  const { lang } = parseApiQuery(languageQuerySchema, searchParams);
  const { organization, vacancies } = await getPublicEmployer(id);
  return {
    id: organization.id,
    url: absoluteUrl(`/${lang}/employers/${organization.id}`),
    name: organization.legalName,
    kind: organization.kind,
    country: organization.countryCode,
    registryNumber: organization.registryNumber,
    agencyLicense: organization.agencyLicense,
    website: organization.website,
    description: organization.description,
    verification: {
      state: organization.verificationState,
      verifiedAt: organization.verifiedAt?.toISOString() ?? null,
    },
    memberSince: organization.createdAt.toISOString(),
    vacancies: vacancies.map((v) => ({ id: v.vacancyId, title: v.title, publishedAt: v.publishedAt.toISOString() })),
  };
}
