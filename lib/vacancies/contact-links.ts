// Links a seeker can tap to reach an employer: a phone call, WhatsApp, Telegram, e-mail. Pure, so the
// vacancy page, its sticky bar and the printout use the same ones.

export type ContactLink = { kind: "phone" | "whatsapp" | "telegram" | "email"; href: string; label: string };

const digits = (value: string) => value.replace(/\D/g, "");

/** A Telegram link from what employers write: "@name", "t.me/name", "https://t.me/name" or a phone number. */
function telegramHref(value: string): string | null {
  const trimmed = value.trim();
  const name = /^(?:https?:\/\/)?(?:t\.me\/|telegram\.me\/|@)?([A-Za-z][A-Za-z0-9_]{3,31})$/.exec(trimmed)?.[1];
  if (name) return `https://t.me/${name}`;
  const number = digits(trimmed);
  return number.length >= 9 && number.length <= 15 ? `https://t.me/+${number}` : null;
}

export function contactLinks(contacts: {
  contactPhone: string | null;
  contactWhatsapp: string | null;
  contactTelegram: string | null;
  contactEmail: string | null;
}): ContactLink[] {
  const links: ContactLink[] = [];
  const { contactPhone: phone, contactWhatsapp: whatsapp, contactTelegram: telegram, contactEmail: email } = contacts;
  if (phone && digits(phone).length >= 9) links.push({ kind: "phone", href: `tel:+${digits(phone)}`, label: phone });
  if (whatsapp && digits(whatsapp).length >= 9)
    links.push({ kind: "whatsapp", href: `https://wa.me/${digits(whatsapp)}`, label: whatsapp });
  const telegramLink = telegram ? telegramHref(telegram) : null;
  if (telegram && telegramLink) links.push({ kind: "telegram", href: telegramLink, label: telegram });
  if (email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    links.push({ kind: "email", href: `mailto:${email}`, label: email });
  return links;
}
