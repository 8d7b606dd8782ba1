import type { Metadata } from "next";
import { locales } from "@/lib/i18n/routing";

// Metadata of a public page: canonical URL, the same page in the other languages (hreflang), x-default,
// OpenGraph and Twitter card tags for link previews (WhatsApp, Telegram, Facebook). Pure: the origin (APP_URL)
// is handed in. Next merges metadata one key deep, so a page's openGraph replaces the layout's whole.

/** OpenGraph locales (language_TERRITORY) of the portal's languages. */
export const ogLocales: Record<string, string> = { ru: "ru_RU", ky: "ky_KG", kk: "kk_KZ", en: "en_US" };

export type PageMetadataInput = {
  /** The portal's public address, APP_URL ("https://jobs.example.kg") */
  origin: string;
  locale: string;
  /** The page's path after the locale: "" for the home page, "/vacancies", "/vacancies/<id>" */
  path: string;
  /** The canonical query string ("?q=повар"), the same in every language; "" for none */
  search?: string;
  /** The page's own title; the layout's template adds the portal's name in <title> */
  title: string;
  description: string;
  siteName: string;
  /** Absolute URL of the preview image */
  image: string;
  type?: "website" | "article";
  /** Absolute title (<title> without the layout's template), for the home page */
  absoluteTitle?: boolean;
};

export function localizedPageUrl(origin: string, locale: string, path: string, search = ""): string {
  return `${origin.replace(/\/+$/, "")}/${locale}${path}${search}`;
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const { origin, locale, path, search = "", title, description, siteName, image } = input;
  const base = origin.replace(/\/+$/, "");
  const url = localizedPageUrl(base, locale, path, search);
  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(locales.map((l) => [l, localizedPageUrl(base, l, path, search)])),
        // Without a language prefix the portal picks the visitor's language (cookie, then Accept-Language).
        "x-default": `${base}${path || "/"}${search}`,
      },
    },
    openGraph: {
      type: input.type ?? "website",
      url,
      title,
      description,
      siteName,
      locale: ogLocales[locale] ?? locale,
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocales[l]!),
      images: [{ url: image, width: 512, height: 512, alt: siteName }],
    },
    twitter: { card: "summary", title, description, images: [image] },
  };
}
