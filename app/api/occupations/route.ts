// GET /api/occupations?q=…&locale=ru – ISCO-08 unit groups for the vacancy form's occupation picker
import { isLocale } from "@/lib/i18n/routing";
import { suggestOccupations } from "@/lib/search/suggest-occupations";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const locale = params.get("locale");
  const suggestions = await suggestOccupations(params.get("q") ?? "", isLocale(locale) ? locale : "ru");
  return Response.json(suggestions, { headers: { "Cache-Control": "public, max-age=300" } });
}
