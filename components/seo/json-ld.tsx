import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";

/**
 * Structured data for search engines (schema.org JSON-LD). The data is escaped for a script element by
 * serializeJsonLd, so text from employers cannot end the element early.
 */
export function JsonLd({ data }: { data: object }) {
  // Raw on purpose: React would HTML-escape the JSON (&quot;), which a JSON parser reads as text, not quotes.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
