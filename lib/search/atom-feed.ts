// Atom (RFC 4287) documents, as text. Pure: every value comes in prepared (absolute URLs from APP_URL,
// translated texts); this module only guarantees well-formed XML that feed readers accept.

export const atomNamespace = "http://www.w3.org/2005/Atom";
export const atomContentType = "application/atom+xml; charset=utf-8";

export type AtomEntry = {
  /** A permanent, absolute IRI: the vacancy page's address. */
  id: string;
  url: string;
  title: string;
  /** The language the title is written in (a vacancy's own language, not the feed's). */
  language?: string;
  author: string;
  published: Date;
  updated: Date;
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  language: string;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  /** The HTML page with the same content (rel="alternate"). */
  pageUrl: string;
  author: { name: string; uri?: string };
  generator: { name: string; uri?: string };
  /** When anything in the feed last changed: the newest entry's, or now for an empty feed. */
  updated: Date;
  entries: AtomEntry[];
};

// XML 1.0 allows TAB, LF, CR and the characters from U+0020 on, except the surrogates (unpaired ones here,
// as the `u` flag reads pairs as one character) and U+FFFE/U+FFFF. C1 controls are allowed but mean nothing
// in a title: dropped too.
const notInXml = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe in XML character data and attribute values: characters XML cannot carry removed, markup escaped. */
export function xmlText(text: string): string {
  return text.replace(notInXml, "").replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** An RFC 3339 date-time in UTC ("2026-11-30T18:20:00.000Z"). */
export function rfc3339(date: Date): string {
  return date.toISOString();
}

const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${xmlText(text)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}"${type ? ` type="${type}"` : ""} href="${xmlText(href)}"/>`;
const person = (tag: string, { name, uri }: { name: string; uri?: string }) =>
  `<${tag}>${element("name", name)}${uri ? element("uri", uri) : ""}</${tag}>`;

function entryXml(entry: AtomEntry): string {
  return [
    "<entry>",
    element("id", entry.id),
    element("title", entry.title, ` type="text"${entry.language ? ` xml:lang="${xmlText(entry.language)}"` : ""}`),
    link("alternate", entry.url, "text/html"),
    element("published", rfc3339(entry.published)),
    element("updated", rfc3339(entry.updated)),
    person("author", { name: entry.author }),
    element("summary", entry.summary, ' type="text"'),
    "</entry>",
  ].join("\n");
}

export function atomFeedXml(feed: AtomFeed): string {
  const { generator } = feed;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${atomNamespace}" xml:lang="${xmlText(feed.language)}">`,
    element("id", feed.id),
    element("title", feed.title, ' type="text"'),
    ...(feed.subtitle ? [element("subtitle", feed.subtitle, ' type="text"')] : []),
    element("updated", rfc3339(feed.updated)),
    link("self", feed.selfUrl, "application/atom+xml"),
    link("alternate", feed.pageUrl, "text/html"),
    person("author", feed.author),
    element("generator", generator.name, generator.uri ? ` uri="${xmlText(generator.uri)}"` : ""),
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}

/** The feed's `updated`: its newest entry's, or `now` when it has none. */
export function lastUpdated(entries: Pick<AtomEntry, "updated">[], now: Date): Date {
  return entries.reduce<Date | null>((newest, e) => (!newest || e.updated > newest ? e.updated : newest), null) ?? now;
}
