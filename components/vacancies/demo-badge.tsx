import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

/** Shown on everything from the demo seed, so fictional employers are never taken for real ones. */
export async function DemoBadge() {
  const t = await getTranslations("demo");
  return (
    <Badge tone="warning" title={t("hint")}>
      {t("badge")}
    </Badge>
  );
}
