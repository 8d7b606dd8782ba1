import { DOMParser, type Element } from "@xmldom/xmldom";

// The rules of RFC 4287 (Atom) that feed readers rely on, checked on a document's text: well-formed XML 1.0,
// the Atom namespace, the elements a feed and an entry must have exactly once, absolute IRIs as ids, RFC 3339
// dates. Pure (no Playwright): the builder's unit tests use it too (lib/search/atom-feed.test.ts).

export const atomNamespace = "http://www.w3.org/2005/Atom";

export type ParsedLink = { rel: string; type: string | null; href: string };
export type ParsedEntry = {
  id: string;
  title: string;
  titleLang: string | null;
  updated: string;
  published: string | null;
  authors: string[];
  links: ParsedLink[];
  summary: string;
};
export type ParsedFeed = {
  /** Every rule the document breaks, in words; [] for a valid feed. */
  problems: string[];
  lang: string | null;
  id: string;
  title: string;
  updated: string;
  links: ParsedLink[];
  entries: ParsedEntry[];
};

// XML 1.0's Char production (a parser that keeps such characters would still hand them to a reader).
const notXmlChar = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const children = (parent: Element, name: string) =>
  Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === atomNamespace,
  );
const textOf = (element: Element | undefined) => element?.textContent ?? "";
const linksOf = (parent: Element): ParsedLink[] =>
  children(parent, "link").map((l) => ({
    rel: l.getAttribute("rel") || "alternate",
    type: l.getAttribute("type"),
    href: l.getAttribute("href") ?? "",
  }));

export function isAbsoluteIri(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export function isRfc3339(value: string): boolean {
  return rfc3339.test(value) && !Number.isNaN(Date.parse(value));
}

export function parseAtom(xml: string): ParsedFeed {
  const problems: string[] = [];
  const empty: ParsedFeed = { problems, lang: null, id: "", title: "", updated: "", links: [], entries: [] };
  const bad = notXmlChar.exec(xml);
  if (bad)
    problems.push(`a character XML 1.0 does not allow: U+${bad[0].codePointAt(0)!.toString(16).padStart(4, "0")}`);
  // xmldom lets a bare "&" through (browsers' and most readers' parsers do not).
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(xml)) problems.push('not well-formed XML: a bare "&"');
  let root: Element | null;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    });
    root = parser.parseFromString(xml, "application/xml").documentElement;
  } catch (error) {
    problems.push(`not well-formed XML: ${(error as Error).message}`);
    return empty;
  }
  if (!root || root.localName !== "feed" || root.namespaceURI !== atomNamespace) {
    problems.push(`the root is not atom:feed (${root?.namespaceURI} ${root?.localName})`);
    return empty;
  }

  const exactlyOne = (parent: Element, name: string, where: string) => {
    const found = children(parent, name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} atom:${name} (exactly one is required)`);
    return found[0];
  };
  const atMostOne = (parent: Element, name: string, where: string) => {
    if (children(parent, name).length > 1) problems.push(`${where} has more than one atom:${name}`);
  };
  const checkId = (value: string, where: string) => {
    if (!isAbsoluteIri(value)) problems.push(`${where}: atom:id is not an absolute IRI: ${value}`);
  };
  const checkDate = (value: string | null, where: string) => {
    if (value !== null && !isRfc3339(value)) problems.push(`${where}: not an RFC 3339 date: ${value}`);
  };
  const checkText = (element: Element | undefined, where: string) => {
    const type = element?.getAttribute("type");
    if (type && !["text", "html", "xhtml"].includes(type)) problems.push(`${where}: text type "${type}"`);
  };
  const checkLinks = (links: ParsedLink[], where: string) => {
    for (const link of links)
      if (!isAbsoluteIri(link.href)) problems.push(`${where}: link is not absolute: ${link.href}`);
    const alternates = links.filter((l) => l.rel === "alternate").map((l) => l.type ?? "");
    if (new Set(alternates).size !== alternates.length) problems.push(`${where}: two alternate links of one type`);
  };

  const id = textOf(exactlyOne(root, "id", "the feed"));
  const title = exactlyOne(root, "title", "the feed");
  const updated = textOf(exactlyOne(root, "updated", "the feed"));
  for (const name of ["subtitle", "generator", "icon", "logo", "rights"]) atMostOne(root, name, "the feed");
  checkId(id, "the feed");
  checkDate(updated, "the feed's updated");
  checkText(title, "the feed's title");
  const links = linksOf(root);
  checkLinks(links, "the feed");
  if (!links.some((l) => l.rel === "self")) problems.push('the feed has no link rel="self"');
  const feedHasAuthor = children(root, "author").length > 0;

  const entries = children(root, "entry").map((entry, i): ParsedEntry => {
    const where = `entry ${i + 1}`;
    const entryTitle = exactlyOne(entry, "title", where);
    const parsed: ParsedEntry = {
      id: textOf(exactlyOne(entry, "id", where)),
      title: textOf(entryTitle),
      titleLang: entryTitle?.getAttribute("xml:lang") || null,
      updated: textOf(exactlyOne(entry, "updated", where)),
      published: children(entry, "published").length ? textOf(children(entry, "published")[0]) : null,
      authors: children(entry, "author").map((a) => textOf(children(a, "name")[0])),
      links: linksOf(entry),
      summary: textOf(children(entry, "summary")[0] ?? children(entry, "content")[0]),
    };
    for (const name of ["published", "summary", "content", "rights", "source"]) atMostOne(entry, name, where);
    checkId(parsed.id, where);
    checkDate(parsed.updated, `${where}'s updated`);
    checkDate(parsed.published, `${where}'s published`);
    checkText(entryTitle, `${where}'s title`);
    checkLinks(parsed.links, where);
    if (!parsed.links.some((l) => l.rel === "alternate") && children(entry, "content").length === 0)
      problems.push(`${where} has neither a link rel="alternate" nor content`);
    if (!feedHasAuthor && parsed.authors.length === 0) problems.push(`${where} has no author (nor has the feed)`);
    if (parsed.authors.some((name) => name.trim() === "")) problems.push(`${where}: an author without a name`);
    return parsed;
  });
  const ids = entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) problems.push("two entries share an id");

  return { problems, lang: root.getAttribute("xml:lang") || null, id, title: textOf(title), updated, links, entries };
}

/** Whether the entries are newest first (by their updated dates). */
export function isNewestFirst(entries: Pick<ParsedEntry, "updated">[]): boolean {
  return entries.every((entry, i) => i === 0 || Date.parse(entries[i - 1]!.updated) >= Date.parse(entry.updated));
}
