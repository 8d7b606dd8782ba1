// GET /api/search?q=…&country=…&sort=… – public vacancy search as JSON (same parameters as the page)
import { parseSearchQuery } from "@/lib/search/query";
import { searchVacancies } from "@/lib/search/search-vacancies";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const result = await searchVacancies(parseSearchQuery(params));
  return Response.json(result, { headers: { "Cache-Control": "public, max-age=15, stale-while-revalidate=60" } });
}
