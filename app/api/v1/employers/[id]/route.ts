// GET /api/v1/employers/{id} – an employer's public profile and its public vacancies
import { getApiEmployer } from "@/lib/api/get-api-employer";
import { apiPreflight, apiResponse, cacheFor } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return apiResponse(request, () => getApiEmployer(id, new URL(request.url).searchParams), cacheFor("getEmployer"));
}

export const OPTIONS = apiPreflight;
