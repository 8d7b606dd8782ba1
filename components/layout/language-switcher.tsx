"use client";

import { useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales } from "@/lib/i18n/routing";

// Each language's own name, so a reader finds theirs whatever the page's language is.
const autonyms: Record<(typeof locales)[number], { short: string; name: string }> = {
  ru: { short: "RU", name: "Русский" },
  ky: { short: "KY", name: "Кыргызча" },
  kk: { short: "KK", name: "Қазақша" },
  en: { short: "EN", name: "English" },
};

export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={query ? `${pathname}?${query}` : pathname}
              locale={locale}
              hrefLang={locale}
              lang={locale}
              title={autonyms[locale].name}
              aria-current={locale === current ? "true" : undefined}
              className={`rounded px-2 py-1 font-medium ${locale === current ? "bg-white text-brand-800" : "text-white/90 hover:bg-brand-700"}`}
            >
              {autonyms[locale].short}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
