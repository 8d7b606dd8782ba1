// GET /api/v1/reference/regions – regions and cities of republican significance
import { listApiRegions } from "@/lib/api/list-reference-data";
import { apiPreflight, apiResponse, cacheFor } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return apiResponse(request, () => listApiRegions(new URL(request.url).searchParams), cacheFor("listRegions"));
}

export const OPTIONS = apiPreflight;
