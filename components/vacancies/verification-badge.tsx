import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { VerificationState } from "@/lib/generated/prisma/enums";

export async function VerificationBadge({ state }: { state: VerificationState }) {
  const t = await getTranslations("verification");
  if (state === "VERIFIED") {
    return (
      <Badge tone="success" title={t("verifiedHint")}>
        <span aria-hidden="true">✓</span> {t("VERIFIED")}
      </Badge>
    );
  }
  return (
    <Badge tone="neutral" title={t("unverifiedHint")}>
      {t(state)}
    </Badge>
  );
}
