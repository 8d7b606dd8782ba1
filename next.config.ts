import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden(): a staff page an administrator alone may open answers 403 with its own page (app/[locale]/staff/forbidden.tsx).
  experimental: { authInterrupts: true },
  // Public pages are cached in memory and dropped when their data changes, on every server (decision 0018).
  cacheHandler: path.join(process.cwd(), "lib/server/page-cache-handler.cjs"),
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // A shared cache may serve a page up to 10 minutes past its revalidate time while it fetches a new copy.
  expireTime: 600,
  // Metadata (title, description, canonical, hreflang, link previews) in <head> for every client instead of
  // streamed into the body for all but a list of known bots: preview fetchers Next does not list (Viber,
  // Odnoklassniki, a mail client) read the head only. See docs/decisions/0017.
  htmlLimitedBots: /.*/,
  // pg and the Prisma adapter are server-only packages: keep them out of the bundler.
  serverExternalPackages: [
    "pg",
    "pg-boss",
    "@prisma/adapter-pg",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@node-rs/argon2",
    "nodemailer",
  ],
  async headers() {
    return [
      {
        // The search page reads its query string, so Next renders it for each request; a shared cache may
        // keep each query's page briefly. Not for a signed-in user (the page is the same, but their
        // requests should not fill a shared cache with session cookies attached).
        source: "/:locale(ru|ky|kk|en)/vacancies",
        missing: [
          { type: "cookie", key: "authjs.session-token" },
          { type: "cookie", key: "__Secure-authjs.session-token" },
        ],
        headers: [{ key: "Cache-Control", value: "public, s-maxage=30, stale-while-revalidate=300" }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
