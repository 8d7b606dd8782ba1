import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { buttonClass, controlClass } from "@/components/ui/field";
import { recordExchangeRateAction } from "@/lib/money/actions";
import { largeRateChange } from "@/lib/money/schemas";
import { listExchangeRates } from "@/lib/money/list-exchange-rates";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("ratesTitle");

// GET /[locale]/staff/rates – administrators enter the official som→tenge rate that pages and pay sorting use
export default async function RatesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "record:exchange-rate:any");
  const [t, format] = await Promise.all([getTranslations("staff"), getFormatter()]);
  const rates = await listExchangeRates(actor);
  const today = new Date().toISOString().slice(0, 10);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("ratesTitle")}</h1>
      <p className="text-sm text-slate-700">{t("ratesLead", { percent: largeRateChange * 100 })}</p>
      <ActionForm
        action={recordExchangeRateAction}
        panel="md"
        className="grid gap-3 sm:grid-cols-3"
        label={t("rateNew")}
        fieldLabels={{ rate: t("rateValue"), effectiveDate: t("rateDate"), source: t("rateSource") }}
      >
        <h2 className="font-semibold sm:col-span-3">{t("rateNew")}</h2>
        <label className="flex flex-col text-sm">
          {t("rateValue")}
          <input name="rate" inputMode="decimal" required placeholder="5,92" className={controlClass} />
        </label>
        <label className="flex flex-col text-sm">
          {t("rateDate")}
          <input name="effectiveDate" type="date" required max={today} defaultValue={today} className={controlClass} />
        </label>
        <label className="flex flex-col text-sm">
          {t("rateSource")}
          <input name="source" required maxLength={200} placeholder={t("rateSourceExample")} className={controlClass} />
        </label>
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="confirmLargeChange" className="h-5 w-5" />{" "}
          {t("rateConfirmLarge", { percent: largeRateChange * 100 })}
        </label>
        <button type="submit" className={buttonClass}>
          {t("rateSave")}
        </button>
      </ActionForm>
      <h2 className="text-lg font-semibold">{t("rateHistory")}</h2>
      {rates.length === 0 ? (
        <p>{t("rateNone")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="p-1">{t("rateDate")}</th>
                <th className="p-1">{t("rateValue")}</th>
                <th className="p-1">{t("rateSource")}</th>
                <th className="p-1">{t("rateEnteredBy")}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((rate) => (
                <tr key={rate.id} className="border-b border-slate-200">
                  <td className="p-1 whitespace-nowrap">{day(rate.effectiveDate)}</td>
                  <td className="p-1 tabular-nums">{format.number(rate.rate, { maximumFractionDigits: 4 })}</td>
                  <td className="p-1">{rate.source}</td>
                  <td className="p-1 break-all">{rate.enteredBy ?? t("rateSeeded")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
