// POST /api/vacancies/[id]/views – the browser reports that a seeker opened the vacancy (the page itself
// is cached for every visitor, so it cannot count). Always 204: a bot learns nothing from the answer.
import { clientIpOf } from "@/lib/server/request-context";
import { recordVacancyView } from "@/lib/vacancies/record-vacancy-view";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await recordVacancyView((await params).id, { ip: clientIpOf(request.headers) });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
