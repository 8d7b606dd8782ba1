// GET /api/v1/vacancies/{id} – one public vacancy with every public field
import { getApiVacancy } from "@/lib/api/get-api-vacancy";
import { apiPreflight, apiResponse, cacheFor } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return apiResponse(request, () => getApiVacancy(id, new URL(request.url).searchParams), cacheFor("getVacancy"));
}

export const OPTIONS = apiPreflight;
