import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { VerificationState } from "@/lib/generated/prisma/enums";

/**
 * The employer's verification state. With `explained`, a state other than "verified" is followed by what it
 * means, as visible text (a tooltip is seen by no one on a phone and by few on a computer).
 */
export async function VerificationBadge({ state, explained }: { state: VerificationState; explained?: boolean }) {
  const t = await getTranslations("verification");
  if (state === "VERIFIED") {
    return (
      <Badge tone="success" title={t("verifiedHint")}>
        <span aria-hidden="true">✓</span> {t("VERIFIED")}
      </Badge>
    );
  }
  if (explained) {
    return (
      <>
        <Badge tone="neutral">{t(state)}</Badge>
        <span className="text-xs text-slate-600" data-testid="verification-explained">
          {t("notConfirmed")}
        </span>
      </>
    );
  }
  return (
    <Badge tone="neutral" title={t("unverifiedHint")}>
      {t(state)}
    </Badge>
  );
}
