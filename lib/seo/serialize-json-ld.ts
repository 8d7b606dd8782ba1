/**
 * JSON-LD for a <script type="application/ld+json"> element. JSON.stringify alone is not safe inside a script:
 * an employer's "</script><script>…" in a title would end the element. Every "<" and ">" (and "&", for
 * parsers that treat the script as XHTML) becomes a \u escape, which is the same string to a JSON parser;
 * U+2028 and U+2029 are escaped too, as older JavaScript parsers took them for line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
