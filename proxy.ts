// Locale negotiation. This is not a security boundary:
// authorization lives in the use cases (lib/<domain>/).
import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

const negotiateLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const response = negotiateLocale(request);
  if (response.headers.has("location")) return response;
  // A page is the same for every visitor, so shared caches may keep it: it must not carry one visitor's
  // cookie. The language links set the locale cookie in the browser; "/" reads it from there.
  response.headers.delete("set-cookie");
  response.headers.delete("x-middleware-set-cookie");
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
