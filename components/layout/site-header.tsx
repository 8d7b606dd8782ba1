import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="bg-brand-600 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
      >
        {t("nav.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight">
          <span className="text-lg font-bold">{t("meta.siteName")}</span>
          <span className="hidden text-xs text-white/80 sm:block">{t("meta.siteFullName")}</span>
        </Link>
        <nav aria-label={t("nav.mainNavigation")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm font-medium">
            <li>
              <Link href="/vacancies" className="hover:underline">
                {t("nav.vacancies")}
              </Link>
            </li>
            <li>
              <Link href="/employer" className="hover:underline">
                {t("nav.employers")}
              </Link>
            </li>
          </ul>
        </nav>
        <Suspense fallback={null}>
          <LanguageSwitcher label={t("nav.language")} />
        </Suspense>
      </div>
    </header>
  );
}
