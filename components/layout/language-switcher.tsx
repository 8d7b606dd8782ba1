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

/**
 * The four languages as links to the same page. Each shows its two-letter code and says its own name to
 * screen readers ("KY Кыргызча", in Kyrgyz), so the code a sighted reader sees is part of what is announced.
 */
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
              aria-current={locale === current ? "true" : undefined}
              className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 font-medium ${locale === current ? "bg-white text-brand-800" : "text-white hover:bg-brand-700"}`}
            >
              {autonyms[locale].short} <span className="sr-only">{autonyms[locale].name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
