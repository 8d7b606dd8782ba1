// POST /api/alerts/unsubscribe?token=… – one-click unsubscribe (RFC 8058): a mail client's button ends the
// subscription the mail was sent for, without a page or a question. GET (a person following the link, or a
// scanner prefetching it) changes nothing: it leads to the manage page, whose buttons end it.
import { alertLinkLocale, unsubscribeAlert } from "@/lib/alerts/unsubscribe-alert";
import { isAppError } from "@/lib/server/errors";
import { absoluteUrl } from "@/lib/server/urls";

const noStore = { "Cache-Control": "no-store" };

export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    await unsubscribeAlert(token);
    return new Response(null, { status: 204, headers: noStore });
  } catch (error) {
    if (isAppError(error)) return new Response(null, { status: 404, headers: noStore });
    throw error;
  }
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const locale = (await alertLinkLocale(token)) ?? "ru";
  const location = absoluteUrl(`/${locale}/alerts/manage?token=${encodeURIComponent(token)}`);
  return new Response(null, { status: 303, headers: { ...noStore, Location: location } });
}
