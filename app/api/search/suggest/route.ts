// GET /api/search/suggest?q=… – up to 8 vacancy titles for what has been typed so far: [{ title, language }]
import { suggestSearches } from "@/lib/search/search-vacancies";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const suggestions = await suggestSearches(q);
  return Response.json(suggestions, { headers: { "Cache-Control": "public, max-age=60" } });
}
