import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { isLocale } from "@/lib/i18n/routing";
import { ogLocales } from "@/lib/seo/page-metadata";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  // No hreflang here: a layout does not know its page, and the home pages are not "the same page" in other
  // languages. Public pages set canonical, hreflang and previews themselves (lib/seo/public-page-metadata.ts).
  // No metadataBase either: it would read APP_URL while `next build` prerenders; every URL given is absolute.
  return {
    title: { default: t("siteFullName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
    openGraph: { siteName: t("siteName"), locale: ogLocales[locale], type: "website" },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5fa5" };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { errors } = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only the error texts go to the browser (for error.tsx); other client components get theirs as props. */}
        <NextIntlClientProvider messages={{ errors }}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
