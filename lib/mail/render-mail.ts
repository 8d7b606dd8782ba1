/**
 * The one template of every mail the portal sends: the same content as plain text (read on any phone,
 * survives forwarding, links in full) and as simple HTML (one column, system fonts, no images, no
 * tracking). Every value is escaped for HTML: titles and moderators' messages come from people.
 */
export type MailContent = {
  subject: string;
  /** Paragraphs before the link. */
  lead: string[];
  /** Words of a person (a moderator's message, a block reason), set apart under a label. */
  quote?: { label: string; text: string };
  /** A list of linked entries (a job alert's vacancies): a title, a few lines, the link in full in the text part. */
  items?: { title: string; lines: string[]; url: string; lang?: string }[];
  /** The one thing to do: a link, written out in full in the text part. */
  action?: { label: string; url: string };
  /** Paragraphs after the link. */
  after?: string[];
  signature: string;
  /** Why the reader got this mail and where to change it. */
  footer?: string[];
};

export type RenderedMail = { subject: string; text: string; html: string };

export function renderMail(content: MailContent, locale: string): RenderedMail {
  return { subject: content.subject, text: renderText(content), html: renderHtml(content, locale) };
}

function renderText(content: MailContent): string {
  const blocks = [...content.lead];
  if (content.quote) {
    const quoted = content.quote.text
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
    blocks.push(`${content.quote.label}\n${quoted}`);
  }
  for (const item of content.items ?? []) blocks.push([item.title, ...item.lines, item.url].join("\n"));
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  blocks.push(...(content.after ?? []), content.signature);
  if (content.footer?.length) blocks.push(content.footer.join("\n"));
  return blocks.join("\n\n");
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => escapes[c]!);
}

const paragraph = (text: string, style = "margin:0 0 16px") =>
  `<p style="${style}">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;

function renderHtml(content: MailContent, locale: string): string {
  const parts = content.lead.map((text) => paragraph(text));
  if (content.quote) {
    parts.push(
      paragraph(content.quote.label, "margin:0 0 4px;font-weight:600"),
      `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #b45309;background:#fffbeb">${escapeHtml(
        content.quote.text,
      ).replace(/\n/g, "<br>")}</blockquote>`,
    );
  }
  for (const item of content.items ?? []) {
    const lang = item.lang ? ` lang="${escapeHtml(item.lang)}"` : "";
    parts.push(
      `<p style="margin:0 0 16px"><a href="${escapeHtml(item.url)}"${lang} style="color:#1d4ed8;font-weight:600">${escapeHtml(item.title)}</a>${item.lines
        .map((line) => `<br><span style="color:#334155">${escapeHtml(line)}</span>`)
        .join("")}</p>`,
    );
  }
  if (content.action) {
    const url = escapeHtml(content.action.url);
    parts.push(
      `<p style="margin:0 0 8px"><a href="${url}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:13px;color:#475569;word-break:break-all">${url}</p>`,
    );
  }
  parts.push(...(content.after ?? []).map((text) => paragraph(text)));
  parts.push(paragraph(content.signature, "margin:24px 0 16px;color:#334155"));
  if (content.footer?.length) parts.push(paragraph(content.footer.join("\n"), "margin:0;font-size:13px;color:#475569"));
  return `<!doctype html>
<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:16px;background:#f8fafc;color:#0f172a;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:560px;margin:0 auto;padding:20px;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px">
${parts.join("\n")}
</div>
</body></html>`;
}
