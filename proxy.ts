// Locale negotiation only: "/" and unprefixed paths go to the visitor's language. This is not a security
// boundary: authorization lives in the use cases (lib/<domain>/).
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
