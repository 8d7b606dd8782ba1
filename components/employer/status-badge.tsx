import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const tones = {
  DRAFT: "neutral",
  PENDING_REVIEW: "info",
  PUBLISHED: "success",
  REJECTED: "warning",
  CLOSED: "neutral",
  EXPIRED: "neutral",
} as const;

export async function StatusBadge({ status }: { status: keyof typeof tones }) {
  const t = await getTranslations("employer.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
