import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import { listReviewQueue } from "@/lib/moderation/list-review-queue";
import { requireStaffPage } from "@/lib/server/require-page-actor";

export const dynamic = "force-dynamic";
const outcomes = ["published", "rejected", "revision_approved", "revision_rejected"] as const;

// GET /[locale]/staff – the review queue of the moderator's countries
export default async function ReviewQueuePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ decided?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const { decided } = await searchParams;
  const [t, format, queue] = await Promise.all([getTranslations(), getFormatter(), listReviewQueue(actor)]);
  const now = Date.now();
  return (
    <div className="space-y-4">
      {decided && (outcomes as readonly string[]).includes(decided) && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">
          {t(`staff.decided.${decided as (typeof outcomes)[number]}`)}
        </p>
      )}
      <h1 className="text-2xl font-bold">{t("staff.queueTitle")}</h1>
      <p className="text-sm text-slate-700">{t("staff.queueCount", { count: queue.length })}</p>
      {queue.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">{t("staff.queueEmpty")}</p>
      ) : (
        <ol className="space-y-2">
          {queue.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="queue-item">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/staff/vacancies/${item.id}`} className="font-semibold text-brand-700 hover:underline">
                  {item.title}
                </Link>
                <Badge tone={item.risk.level === "HIGH" ? "warning" : item.risk.level === "MEDIUM" ? "info" : "neutral"} title={t("staff.riskScore", { score: item.risk.score })}>
                  {t(`staff.risk.${item.risk.level}`)} · {item.risk.score}
                </Badge>
                <Badge tone={item.kind === "revision" ? "info" : "neutral"}>{t(`staff.kind.${item.kind}`)}</Badge>
                <Badge>{item.countryCode}</Badge>
                {item.organization.kind === "RECRUITMENT_AGENCY" && <Badge tone="warning">{t("organizationKind.RECRUITMENT_AGENCY")}</Badge>}
                {item.organization.verificationState !== "VERIFIED" && <Badge tone="warning">{t("verification.UNVERIFIED")}</Badge>}
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {item.organization.legalName} · {t("staff.waiting", { age: format.relativeTime(item.waitingSince, now) })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
