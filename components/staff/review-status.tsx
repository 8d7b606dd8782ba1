import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { VacancyStatus } from "@/lib/generated/prisma/enums";

const tone: Record<VacancyStatus, "neutral" | "success" | "warning" | "danger" | "info"> = {
  DRAFT: "neutral",
  PENDING_REVIEW: "info",
  PUBLISHED: "success",
  REJECTED: "danger",
  CLOSED: "neutral",
  EXPIRED: "neutral",
};

/** Where the vacancy stands: its status, a pending edit, reports waiting, and the dates that matter. */
export async function ReviewStatus({
  vacancy,
  hasRevision,
}: {
  vacancy: {
    status: VacancyStatus;
    reportedAt: Date | null;
    submittedAt: Date | null;
    publishedAt: Date | null;
    closedAt: Date | null;
    rejectedAt: Date | null;
  };
  hasRevision: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const when =
    vacancy.status === "PUBLISHED" && vacancy.publishedAt
      ? t("staff.publishedOn", { date: date(vacancy.publishedAt) })
      : vacancy.status === "CLOSED" && vacancy.closedAt
        ? t("staff.closedOn", { date: date(vacancy.closedAt) })
        : vacancy.status === "REJECTED" && vacancy.rejectedAt
          ? t("staff.rejectedOn", { date: date(vacancy.rejectedAt) })
          : vacancy.submittedAt
            ? t("staff.submittedOn", { date: date(vacancy.submittedAt) })
            : null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="review-status">
      <Badge tone={tone[vacancy.status]}>{t(`employer.statusOne.${vacancy.status}`)}</Badge>
      {hasRevision && <Badge tone="info">{t("staff.editWaiting")}</Badge>}
      {vacancy.reportedAt && <Badge tone="warning">{t("staff.reportedBySeekers")}</Badge>}
      {when && <span className="text-slate-700">{when}</span>}
    </p>
  );
}
