// GET /api/v1/reference/occupations – ISCO-08 groups with names in four languages
import { listApiOccupations } from "@/lib/api/list-reference-data";
import { apiPreflight, apiResponse, cacheFor } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return apiResponse(request, () => listApiOccupations(new URL(request.url).searchParams), cacheFor("listOccupations"));
}

export const OPTIONS = apiPreflight;
