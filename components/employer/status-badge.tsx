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

/** One vacancy's status (the dashboard's group headings use the plural forms, employer.status). */
export async function StatusBadge({ status }: { status: keyof typeof tones }) {
  const t = await getTranslations("employer.statusOne");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
