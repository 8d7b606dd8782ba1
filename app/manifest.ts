// GET /manifest.webmanifest – the portal as an installable app: Russian name (the shared language), brand colour
import type { MetadataRoute } from "next";
import { catalogFor } from "@/lib/i18n/catalogs";

export default function manifest(): MetadataRoute.Manifest {
  const { meta } = catalogFor("ru");
  return {
    name: meta.siteFullName,
    short_name: meta.siteName,
    description: meta.description,
    lang: "ru",
    start_url: "/ru",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5fa5",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
