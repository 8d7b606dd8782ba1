import { getFormatter, getTranslations } from "next-intl/server";
import type { Currency, Rate } from "@/lib/money/convert";
import { salaryTexts } from "@/lib/money/salary-text";
import type { SalaryPeriod } from "@/lib/generated/prisma/enums";

type Props = {
  min: number | null;
  max: number | null;
  currency: Currency;
  period: SalaryPeriod;
  rate: Rate | null;
  /** The full page explains the rate and its date; list cards stay short. */
  detailed?: boolean;
};

/** Pay in the vacancy's currency, with the same range in the other republic's currency beside it. */
export async function Salary({ min, max, currency, period, rate, detailed = false }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const { main, other } = salaryTexts(t, format, { min, max, currency, period }, rate);
  if (main === null) return <span className="text-slate-600">{t("vacancy.salaryNotSpecified")}</span>;

  return (
    <span className="inline-flex flex-col">
      <span className="font-semibold text-slate-900" data-testid="pay">
        {/* One message for amount and period: ky and kk put the period first («айына кеминде 50 000 сом»). */}
        {t.rich("vacancy.salaryWithPeriod", {
          amount: main,
          period,
          unit: (chunks) => <span className="font-normal text-slate-600">{chunks}</span>,
        })}
      </span>
      {other && <span className="text-sm text-slate-600">{t("vacancy.approxIn", { amount: other })}</span>}
      {detailed && rate && (
        <span className="text-xs text-slate-500">
          {t("vacancy.rateNote", {
            rate: format.number(rate.rate, { maximumFractionDigits: 4 }),
            date: format.dateTime(rate.effectiveDate, { dateStyle: "medium", timeZone: "UTC" }),
          })}
        </span>
      )}
      {detailed && !rate && <span className="text-xs text-slate-500">{t("vacancy.rateMissing")}</span>}
    </span>
  );
}
