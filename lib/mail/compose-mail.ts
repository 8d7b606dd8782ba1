import { createTranslator } from "next-intl";
import { catalogFor } from "@/lib/i18n/catalogs";

export type MailKind = "verify-email" | "reset-password" | "invitation" | "already-registered" | "response-received";

export type ComposedMail = { subject: string; text: string };

/**
 * Plain-text mail in the recipient's language. Plain text reads well on every phone and mail client,
 * survives forwarding, and carries the link in full (no hidden targets).
 */
export function composeMail(kind: MailKind, locale: string, params: Record<string, string>): ComposedMail {
  const t = createTranslator({ locale, messages: catalogFor(locale), namespace: "mail" });
  const signature = `\n\n${t("signature")}`;
  switch (kind) {
    case "verify-email":
      return {
        subject: t("verifySubject"),
        text: `${t("verifyBody", params)}\n\n${params.link}\n\n${t("verifyIgnore")}${signature}`,
      };
    case "reset-password":
      return {
        subject: t("resetSubject"),
        text: `${t("resetBody")}\n\n${params.link}\n\n${t("resetIgnore")}${signature}`,
      };
    case "invitation":
      return {
        subject: t("inviteSubject", params),
        text: `${t("inviteBody", params)}\n\n${params.link}\n\n${t("inviteExpires")}${signature}`,
      };
    case "response-received":
      return {
        subject: t("responseSubject", params),
        text: `${t("responseBody", params)}\n\n${params.link}\n\n${t("responsePrivacy")}${signature}`,
      };
    case "already-registered":
      return {
        subject: t("existingSubject"),
        text: `${t("existingBody")}\n\n${params.signInLink}\n\n${t("existingReset")}\n${params.resetLink}${signature}`,
      };
  }
}
