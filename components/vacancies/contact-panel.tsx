import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import type { ContactLink } from "@/lib/vacancies/contact-links";

// A long e-mail or Telegram name wraps inside its button instead of pushing the page wider on a phone.
const linkBase =
  "inline-flex min-h-11 max-w-full items-center gap-2 rounded-md border px-3 py-2 font-medium [overflow-wrap:anywhere]";
const linkClass = `${linkBase} border-slate-300 bg-white text-brand-700 hover:bg-slate-50`;
const primaryLinkClass = `${linkBase} border-brand-600 bg-brand-600 text-white hover:bg-brand-700`;

/**
 * How to reach the employer, right under the title: every channel as a link a phone opens (call, WhatsApp,
 * Telegram, e-mail), the respond form, and before anything else the one rule that protects a seeker.
 */
export async function ContactPanel({
  links,
  contactName,
  respond,
}: {
  links: ContactLink[];
  contactName: string | null;
  respond: boolean;
}) {
  const t = await getTranslations("contact");
  return (
    <Panel as="section" tone="strong" padding="lg" aria-labelledby="contact-heading" className="space-y-3">
      <h2 id="contact-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950" data-testid="safety-line">
        {t("safetyLine")}
      </p>
      {contactName && <p className="text-sm text-slate-700">{t("person", { name: contactName })}</p>}
      <ul className="flex flex-wrap gap-2" data-testid="contact-links">
        {links.map((link) => (
          <li key={link.kind} className="max-w-full">
            <a
              href={link.href}
              className={linkClass}
              rel={link.kind === "phone" || link.kind === "email" ? undefined : "noopener"}
            >
              <span>{t(`via.${link.kind}`)}</span>
              <span className="min-w-0 font-normal text-slate-700">{link.label}</span>
            </a>
          </li>
        ))}
        {respond && (
          <li>
            <a href="#respond" className={primaryLinkClass}>
              {t("respond")}
            </a>
          </li>
        )}
      </ul>
    </Panel>
  );
}

/** On phones: the first ways to reach the employer stay at the bottom of the screen while reading. */
export async function StickyContactBar({ links, respond }: { links: ContactLink[]; respond: boolean }) {
  const t = await getTranslations("contact");
  const shown = links.filter((l) => l.kind === "phone" || l.kind === "whatsapp").slice(0, 2);
  if (shown.length === 0 && !respond) return null;
  return (
    <nav
      aria-label={t("barLabel")}
      className="fixed inset-x-0 bottom-0 z-20 flex gap-2 border-t border-slate-300 bg-white/95 p-2 shadow-lg backdrop-blur sm:hidden print:hidden"
      data-testid="contact-bar"
    >
      {shown.map((link) => (
        <a
          key={link.kind}
          href={link.href}
          className="flex min-h-11 flex-1 items-center justify-center rounded-md border border-slate-300 bg-white font-semibold text-brand-700"
        >
          {t(`short.${link.kind}`)}
        </a>
      ))}
      {respond && (
        <a
          href="#respond"
          className="flex min-h-11 flex-1 items-center justify-center rounded-md bg-brand-600 font-semibold text-white"
        >
          {t("respond")}
        </a>
      )}
    </nav>
  );
}
