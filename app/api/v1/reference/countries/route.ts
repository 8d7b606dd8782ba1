// GET /api/v1/reference/countries – the two countries and their currencies
import { listApiCountries } from "@/lib/api/list-reference-data";
import { apiPreflight, apiResponse, cacheFor } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return apiResponse(request, () => listApiCountries(new URL(request.url).searchParams), cacheFor("listCountries"));
}

export const OPTIONS = apiPreflight;
