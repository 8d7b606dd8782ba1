import { getFormatter, getTranslations } from "next-intl/server";
import { convertSalaryRange, type Currency, type Rate } from "@/lib/money/convert";
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
  const amount = (value: number, cur: Currency) =>
    `${format.number(value, { maximumFractionDigits: value < 100 ? 1 : 0 })} ${t(`currency.${cur}`)}`;
  const range = (lo: number | null, hi: number | null, cur: Currency) => {
    if (lo !== null && hi !== null && lo !== hi)
      return t("vacancy.salaryRange", { min: amount(lo, cur), max: amount(hi, cur) });
    if (lo !== null) return hi === lo ? amount(lo, cur) : t("vacancy.salaryFrom", { amount: amount(lo, cur) });
    if (hi !== null) return t("vacancy.salaryTo", { amount: amount(hi, cur) });
    return null;
  };

  const main = range(min, max, currency);
  if (main === null) return <span className="text-slate-600">{t("vacancy.salaryNotSpecified")}</span>;
  const converted = rate ? convertSalaryRange({ min, max, currency }, rate) : null;
  const other = converted ? range(converted.min, converted.max, converted.currency) : null;

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
