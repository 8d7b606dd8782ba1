import { createFormatter, createTranslator } from "next-intl";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { catalogFor } from "@/lib/i18n/catalogs";
import { renderMail, type RenderedMail } from "@/lib/mail/render-mail";
import { absoluteUrl } from "@/lib/server/urls";
import { sectionLabel } from "@/lib/vacancies/sections";
import { type NotificationParams, notificationTarget, topicOf } from "./kinds";

export type NotificationView = { kind: NotificationKind; vacancyId: string | null; params: NotificationParams };

/**
 * A notification's words in one language: a headline (list entry, mail subject), what happened, and the
 * person's words quoted apart (moderator's message, block reason). The list and the mail use the same.
 */
export function notificationTexts(notification: NotificationView, locale: string) {
  const t = createTranslator({ locale, messages: catalogFor(locale), namespace: "notifications" });
  const staffT = createTranslator({ locale, messages: catalogFor(locale), namespace: "staff" });
  const formT = createTranslator({ locale, messages: catalogFor(locale), namespace: "vacancyForm" });
  const format = createFormatter({ locale, timeZone: "UTC" });
  const { title = "", message, code, date, name = "", organization = "", sections = [] } = notification.params;
  const values = {
    title: title || t("untitled"),
    name,
    organization,
    date: date ? format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long" }) : "",
  };
  const key = notification.kind;
  const reason = code ? staffT(`rejection.${code}` as Parameters<typeof staffT>[0]) : null;
  const quoteText = [reason, message].filter(Boolean).join(". ");
  const sectionNames = sections
    .filter((section): section is keyof typeof sectionLabel => section in sectionLabel)
    .map((section) => formT(sectionLabel[section]));
  return {
    headline: t(`kinds.${key}.headline`, values),
    body: t(`kinds.${key}.body`, values),
    /** The form's sections a request concerns, as one sentence (or nothing). */
    sections: sectionNames.length ? t("sections", { sections: sectionNames.join(", ") }) : undefined,
    quote: quoteText ? { label: t(`kinds.${key}.quoteLabel`), text: quoteText } : undefined,
    actionLabel: t(`kinds.${key}.action`),
  };
}

/** The e-mail of a notification, in the recipient's language, from the one mail template. */
export function composeNotificationMail(notification: NotificationView, locale: string): RenderedMail {
  const t = createTranslator({ locale, messages: catalogFor(locale), namespace: "notifications" });
  const texts = notificationTexts(notification, locale);
  const target = notificationTarget(notification.kind, notification.vacancyId);
  return renderMail(
    {
      subject: texts.headline,
      lead: texts.sections ? [texts.body, texts.sections] : [texts.body],
      quote: texts.quote,
      action: { label: texts.actionLabel, url: absoluteUrl(`/${locale}${target}`) },
      signature: t("signature"),
      footer: [
        t("footerWhy", { organization: notification.params.organization ?? "" }),
        t(topicOf[notification.kind] === "DECISIONS" ? "footerDecisions" : "footerOptional"),
        absoluteUrl(`/${locale}/employer/notifications#settings`),
      ],
    },
    locale,
  );
}
