import { getTranslations, setRequestLocale } from "next-intl/server";
import { QueueFilters } from "@/components/staff/queue-filters";
import { ModerationDashboard } from "@/components/staff/moderation-dashboard";
import { ReviewQueue } from "@/components/staff/review-queue";
import { StatusNotice } from "@/components/ui/status-notice";
import { requireStaffPage } from "@/lib/access/pages";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { listReviewQueue } from "@/lib/moderation/list-review-queue";
import { queueFilterSchema } from "@/lib/moderation/schemas";
import { loadModerationDashboard } from "@/lib/moderation/load-moderation-dashboard";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";
const outcomes = [
  "published",
  "rejected",
  "closed",
  "changes_requested",
  "revision_approved",
  "revision_rejected",
] as const;
const isOutcome = (value: unknown): value is (typeof outcomes)[number] =>
  (outcomes as readonly unknown[]).includes(value);

export const generateMetadata = staffPageTitle("queueTitle");

// GET /[locale]/staff – the review queue of the moderator's countries
export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const query = await searchParams;
  const filter = queueFilterSchema.parse(query);
  const [t, queue, dashboard] = await Promise.all([
    getTranslations(),
    listReviewQueue(actor, filter),
    loadModerationDashboard(actor),
  ]);
  const bulk = /^(\d+)-(\d+)$/.exec(query.bulk ?? "");
  const countByRisk = (level: RiskLevel) => queue.filter((item) => item.risk.level === level).length;
  const now = new Date().getTime();
  return (
    <div className="space-y-4">
      {isOutcome(query.decided) && <StatusNotice>{t(`staff.decided.${query.decided}`)}</StatusNotice>}
      {bulk && (
        <StatusNotice>{t("staff.bulkDone", { approved: Number(bulk[1]), skipped: Number(bulk[2]) })}</StatusNotice>
      )}
      <h1 className="text-2xl font-bold">{t("staff.queueTitle")}</h1>
      <ModerationDashboard dashboard={dashboard} now={now} />
      <h2 className="pt-2 text-xl font-bold">{t("staff.queueHeading")}</h2>
      <QueueFilters filter={filter} jurisdictions={actor.jurisdictions} />
      <p className="text-sm text-slate-700" data-testid="queue-count">
        {t("staff.queueCountByRisk", {
          count: queue.length,
          high: countByRisk("HIGH"),
          medium: countByRisk("MEDIUM"),
          low: countByRisk("LOW"),
        })}
      </p>
      <ReviewQueue items={queue} now={now} />
    </div>
  );
}
