// GET /api/v1/reference/exchange-rate – the KGS→KZT rate in force, its date and source
import { getApiExchangeRate } from "@/lib/api/list-reference-data";
import { apiPreflight, apiResponse, cacheFor } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return apiResponse(request, () => getApiExchangeRate(new URL(request.url).searchParams), cacheFor("getExchangeRate"));
}

export const OPTIONS = apiPreflight;
