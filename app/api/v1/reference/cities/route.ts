// GET /api/v1/reference/cities – towns, by region
import { listApiCities } from "@/lib/api/list-reference-data";
import { apiPreflight, apiResponse, cacheFor } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return apiResponse(request, () => listApiCities(new URL(request.url).searchParams), cacheFor("listCities"));
}

export const OPTIONS = apiPreflight;
