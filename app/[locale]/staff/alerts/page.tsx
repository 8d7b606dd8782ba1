import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { alertStatistics } from "@/lib/alerts/alert-statistics";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("alertsTitle");

// GET /[locale]/staff/alerts – administrators see job-alert volumes: subscriptions, confirmations, mails (no addresses)
export default async function StaffAlertsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "read:alerts:any");
  const [t, ts, format, stats] = await Promise.all([
    getTranslations("alerts"),
    getTranslations("staff"),
    getFormatter(),
    alertStatistics(actor),
  ]);
  const n = (value: number) => format.number(value);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{ts("alertsTitle")}</h1>
      <p className="text-sm text-slate-700">{t("admin.lead")}</p>
      <Panel as="section" aria-labelledby="alert-subscriptions" className="overflow-x-auto">
        <h2 id="alert-subscriptions" className="mb-2 font-semibold">
          {t("admin.subscriptions")}
        </h2>
        <table className="w-full text-left text-sm" data-testid="alert-subscription-counts">
          <thead>
            <tr className="border-b border-slate-300">
              <th className="p-1">{t("admin.statusColumn")}</th>
              <th className="p-1 text-right">{t("admin.frequencyOption.IMMEDIATE")}</th>
              <th className="p-1 text-right">{t("admin.frequencyOption.DAILY")}</th>
            </tr>
          </thead>
          <tbody>
            {stats.subscriptions.map((row) => (
              <tr key={row.status} className="border-b border-slate-200">
                <th scope="row" className="p-1 font-normal">
                  {t(`status.${row.status}`)}
                </th>
                <td className="p-1 text-right tabular-nums">{n(row.IMMEDIATE)}</td>
                <td className="p-1 text-right tabular-nums">{n(row.DAILY)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel as="section" aria-labelledby="alert-activity" className="overflow-x-auto">
        <h2 id="alert-activity" className="mb-2 font-semibold">
          {t("admin.activity")}
        </h2>
        <table className="w-full text-left text-sm" data-testid="alert-activity">
          <thead>
            <tr className="border-b border-slate-300">
              <td className="p-1" />
              <th className="p-1 text-right">{t("admin.last7")}</th>
              <th className="p-1 text-right">{t("admin.last30")}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-slate-200">
              <th scope="row" className="p-1 font-normal">
                {t("admin.confirmations")}
              </th>
              <td className="p-1 text-right tabular-nums">{n(stats.confirmations.days7)}</td>
              <td className="p-1 text-right tabular-nums">{n(stats.confirmations.days30)}</td>
            </tr>
            <tr className="border-b border-slate-200">
              <th scope="row" className="p-1 font-normal">
                {t("admin.mails")}
              </th>
              <td className="p-1 text-right tabular-nums">{n(stats.mails.days7)}</td>
              <td className="p-1 text-right tabular-nums">{n(stats.mails.days30)}</td>
            </tr>
          </tbody>
        </table>
        <p className="mt-3 text-sm text-slate-700">{t("admin.vacanciesMailed", { count: stats.vacanciesMailed30 })}</p>
        <p className="text-sm text-slate-700">
          {t("admin.addresses", { all: stats.addresses.all, confirmed: stats.addresses.confirmed })}
        </p>
      </Panel>
    </div>
  );
}
