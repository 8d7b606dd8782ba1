import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { absoluteUrl } from "@/lib/server/urls";
import { pageMetadata, type PageMetadataInput } from "./page-metadata";

/** The preview image of shared links (generated with the icons, see scripts/make-icons.ts). */
export const previewImagePath = "/icons/icon-512.png";

/** The portal's address without a trailing slash. */
export function siteOrigin(): string {
  return absoluteUrl("/").replace(/\/+$/, "");
}

/** pageMetadata with the portal's address, name and preview image filled in. */
export async function publicPageMetadata(
  input: Omit<PageMetadataInput, "origin" | "siteName" | "image">,
): Promise<Metadata> {
  const t = await getTranslations({ locale: input.locale, namespace: "meta" });
  return pageMetadata({
    ...input,
    origin: siteOrigin(),
    siteName: t("siteName"),
    image: absoluteUrl(previewImagePath),
  });
}
