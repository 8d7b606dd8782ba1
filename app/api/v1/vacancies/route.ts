// GET /api/v1/vacancies – public vacancies: the search page's filters and sorts, paged by cursor
import { listApiVacancies } from "@/lib/api/list-api-vacancies";
import { apiPreflight, apiResponse, cacheFor } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return apiResponse(request, () => listApiVacancies(new URL(request.url).searchParams), cacheFor("listVacancies"));
}

export const OPTIONS = apiPreflight;
