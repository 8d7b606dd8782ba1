// Locale negotiation. This is not a security boundary:
// authorization lives in the use cases (lib/<domain>/).
import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { isPrivatePath, privatePagePolicy, publicPagePolicy } from "@/lib/server/content-security-policy";

const negotiateLocale = createMiddleware(routing);
const development = process.env.NODE_ENV === "development";
const https = process.env.APP_URL?.startsWith("https://") ?? false;

export default function proxy(request: NextRequest) {
  // Private pages: a fresh nonce in the request's CSP header, which Next reads and puts on its own scripts.
  let policy = publicPagePolicy(development);
  if (isPrivatePath(request.nextUrl.pathname)) {
    policy = privatePagePolicy(btoa(crypto.randomUUID()), development);
    request.headers.set("content-security-policy", policy);
  }
  const response = negotiateLocale(request);
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
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
