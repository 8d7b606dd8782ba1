import { defineRouting } from "next-intl/routing";

export const locales = ["ru", "ky", "kk", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ru";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

// Every URL carries its locale (/ru/vacancies, /kk/vacancies): links are shareable in a given language
// and caches never mix languages. The proxy sends "/" to the visitor's language (cookie, then Accept-Language).
export const routing = defineRouting({ locales, defaultLocale, localePrefix: "always" });
