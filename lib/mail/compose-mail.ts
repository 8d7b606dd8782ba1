import { createTranslator } from "next-intl";
import { catalogFor } from "@/lib/i18n/catalogs";
import { renderMail, type MailContent, type RenderedMail } from "./render-mail";

/** Account mail (the notification mails are composed in lib/notifications from the same template). */
export type MailKind =
  "verify-email" | "reset-password" | "invitation" | "invitation-has-account" | "already-registered";

/** The mail's words in the recipient's language, as text and HTML from the one template (render-mail.ts). */
export function composeMail(kind: MailKind, locale: string, params: Record<string, string>): RenderedMail {
  const t = createTranslator({ locale, messages: catalogFor(locale), namespace: "mail" });
  const signature = t("signature");
  const content = ((): MailContent => {
    switch (kind) {
      case "verify-email":
        return {
          subject: t("verifySubject"),
          lead: [t("verifyBody", params)],
          action: { label: t("verifyAction"), url: params.link! },
          after: [t("verifyIgnore")],
          signature,
        };
      case "reset-password":
        return {
          subject: t("resetSubject"),
          lead: [t("resetBody")],
          action: { label: t("resetAction"), url: params.link! },
          after: [t("resetIgnore")],
          signature,
        };
      case "invitation":
        return {
          subject: t("inviteSubject", params),
          lead: [t("inviteBody", params)],
          action: { label: t("inviteAction"), url: params.link! },
          after: [t("inviteExpires")],
          signature,
        };
      case "invitation-has-account":
        return {
          subject: t("inviteSubject", params),
          lead: [t("inviteHasAccountBody", params)],
          after: [t("inviteHasAccountNext", params)],
          signature,
        };
      case "already-registered":
        return {
          subject: t("existingSubject"),
          lead: [t("existingBody")],
          action: { label: t("existingAction"), url: params.signInLink! },
          after: [`${t("existingReset")}\n${params.resetLink}`],
          signature,
        };
    }
  })();
  return renderMail(content, locale);
}
