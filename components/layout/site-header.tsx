import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

// Two rows on every screen: the site's name and the languages, then the menu. The source order is the order
// seen, so Tab moves as the eye does (a phone used to show the languages first but reach them last).
export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="on-brand bg-brand-600 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-30 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
      >
        {t("nav.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 px-4 pt-1">
        <Link href="/" className="flex min-h-11 flex-col justify-center leading-tight">
          <span className="text-lg font-bold">{t("meta.siteName")}</span>
          <span className="hidden text-xs text-white/80 sm:block">{t("meta.siteFullName")}</span>
        </Link>
        <Suspense fallback={null}>
          <LanguageSwitcher label={t("nav.language")} />
        </Suspense>
        <nav aria-label={t("nav.mainNavigation")} className="w-full">
          <ul className="-ml-2 flex flex-wrap text-sm font-medium">
            <li>
              <Link href="/vacancies" className="inline-flex min-h-11 items-center px-2 hover:underline">
                {t("nav.vacancies")}
              </Link>
            </li>
            <li>
              <Link href="/for-employers" className="inline-flex min-h-11 items-center px-2 hover:underline">
                {t("nav.employers")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
