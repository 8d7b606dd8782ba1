import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { durationParams } from "@/lib/i18n/duration";
import { Link } from "@/lib/i18n/navigation";
import type { loadModerationDashboard } from "@/lib/moderation/load-moderation-dashboard";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { riskPanelTone } from "./risk-level";

type Dashboard = Awaited<ReturnType<typeof loadModerationDashboard>>;
const levels: RiskLevel[] = ["HIGH", "MEDIUM", "LOW"];

/** The day at a glance: what waits (by country and risk, each a link to the filtered queue), for how long, open report cases, today's decisions. */
export async function ModerationDashboard({ dashboard, now }: { dashboard: Dashboard; now: number }) {
  const t = await getTranslations();
  const oldest = dashboard.oldestWaitingSince;
  return (
    <section aria-labelledby="dashboard-heading" className="space-y-3" data-testid="dashboard">
      <h2 id="dashboard-heading" className="sr-only">
        {t("staff.dashboardTitle")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {dashboard.countries.map((country) => (
          <Panel key={country} padding="sm" className="space-y-2">
            <h3 className="font-semibold">{t("staff.waitingIn", { country: t(`country.${country}`) })}</h3>
            <ul className="space-y-1 text-sm">
              {levels.map((level) => (
                <li key={level}>
                  <Link
                    href={`/staff?country=${country}&risk=${level}`}
                    className={`flex min-h-11 items-center justify-between rounded border px-2 ${riskPanelTone(level) === "danger" ? "border-red-300" : "border-slate-200"}`}
                  >
                    <span>{t(`staff.risk.${level}`)}</span>
                    <span className="font-semibold">{dashboard.waiting[country][level]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </Panel>
        ))}
        <Panel padding="sm" className="space-y-1 text-sm">
          <h3 className="font-semibold">{t("staff.oldestWaiting")}</h3>
          <p className="text-lg font-semibold">
            {oldest
              ? t("staff.waitingFor", durationParams((now - oldest.getTime()) / 1000, { round: "down" }))
              : t("staff.nothingWaiting")}
          </p>
        </Panel>
        <Panel padding="sm" className="space-y-1 text-sm">
          <h3 className="font-semibold">{t("staff.reportsTitle")}</h3>
          <p>
            <Link href="/staff/reports" className="font-medium text-brand-700 underline">
              {t("staff.openCasesSummary", { cases: dashboard.openCases, reports: dashboard.openReports })}
            </Link>
          </p>
          <h3 className="pt-2 font-semibold">{t("staff.decisionsToday")}</h3>
          <p>{t("staff.decisionsTodaySummary", { all: dashboard.decisionsToday, mine: dashboard.myDecisionsToday })}</p>
        </Panel>
      </div>
    </section>
  );
}
