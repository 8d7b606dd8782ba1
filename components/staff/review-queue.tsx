import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { secondaryButtonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { durationParams } from "@/lib/i18n/duration";
import { Link } from "@/lib/i18n/navigation";
import { bulkApproveAction } from "@/lib/moderation/actions";
import type { listReviewQueue } from "@/lib/moderation/list-review-queue";
import { RiskBadge } from "./risk-level";

type QueueItem = Awaited<ReturnType<typeof listReviewQueue>>[number];

/** The items waiting for a decision; low-risk ones can be ticked and approved together. */
export async function ReviewQueue({ items, now }: { items: QueueItem[]; now: number }) {
  const t = await getTranslations();
  if (items.length === 0) {
    return (
      <Panel as="p" tone="empty" padding="xl">
        {t("staff.queueEmpty")}
      </Panel>
    );
  }
  const anyLowRisk = items.some((item) => item.risk.level === "LOW");
  return (
    <ActionForm action={bulkApproveAction} className="space-y-2">
      <ol className="space-y-2">
        {items.map((item) => (
          <Panel as="li" key={item.id} padding="sm" data-testid="queue-item">
            <div className="flex flex-wrap items-center gap-2">
              {item.risk.level === "LOW" && (
                // The whole 44 px square is the tap target (the box itself is 20 px).
                <label className="-m-2 flex h-11 w-11 shrink-0 cursor-pointer items-center justify-center">
                  <input
                    type="checkbox"
                    name="item"
                    value={`${item.id}|${item.updatedAt.toISOString()}`}
                    aria-label={t("staff.selectForBulk", { title: item.title })}
                    className="h-5 w-5"
                  />
                </label>
              )}
              <Link
                href={`/staff/vacancies/${item.id}`}
                className="font-semibold text-brand-700 hover:underline"
                lang={item.language}
              >
                {item.title}
              </Link>
              <RiskBadge level={item.risk.level} title={t("staff.riskScore", { score: item.risk.score })}>
                {t(`staff.risk.${item.risk.level}`)} · {item.risk.score}
              </RiskBadge>
              <Badge tone={item.kind === "new" ? "neutral" : "info"}>{t(`staff.kind.${item.kind}`)}</Badge>
              <Badge>{t(`country.${item.countryCode}`)}</Badge>
              {item.organization.kind === "RECRUITMENT_AGENCY" && (
                <Badge tone="warning">{t("organizationKind.RECRUITMENT_AGENCY")}</Badge>
              )}
              {item.organization.verificationState !== "VERIFIED" && (
                <Badge tone="warning">{t("verification.UNVERIFIED")}</Badge>
              )}
            </div>
            <p className="mt-1 text-sm text-slate-600">
              {item.organization.legalName} ·{" "}
              {t("staff.waiting", durationParams((now - item.waitingSince.getTime()) / 1000, { round: "down" }))}
            </p>
            {item.request && (
              <p className="mt-1 text-sm text-slate-700" data-testid="queue-request">
                {t("staff.earlierRequest", { request: item.request })}
              </p>
            )}
          </Panel>
        ))}
      </ol>
      {anyLowRisk && (
        <button type="submit" className={secondaryButtonClass}>
          {t("staff.bulkApprove")}
        </button>
      )}
    </ActionForm>
  );
}
