import type { SalaryPeriod } from "@/lib/generated/prisma/enums";
import { convertSalaryRange, type Currency, type Rate } from "./convert";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type FormatNumber = { number(value: number, options?: Intl.NumberFormatOptions): string };

/**
 * Pay as words, the one formatter behind the search cards, the vacancy page (components/vacancies/salary.tsx)
 * and the job-alert mails: "от 150 000 сом", with the same range in the other republic's currency.
 * `t` is a translator of the root namespace (getTranslations() on a page, createTranslator in a mail).
 */
export function salaryTexts(
  t: Translate,
  format: FormatNumber,
  pay: { min: number | null; max: number | null; currency: Currency; period: SalaryPeriod },
  rate: Rate | null,
): { main: string | null; other: string | null } {
  const amount = (value: number, cur: Currency) =>
    `${format.number(value, { maximumFractionDigits: value < 100 ? 1 : 0 })} ${t(`currency.${cur}`)}`;
  const range = (lo: number | null, hi: number | null, cur: Currency) => {
    if (lo !== null && hi !== null && lo !== hi)
      return t("vacancy.salaryRange", { min: amount(lo, cur), max: amount(hi, cur) });
    if (lo !== null) return hi === lo ? amount(lo, cur) : t("vacancy.salaryFrom", { amount: amount(lo, cur) });
    if (hi !== null) return t("vacancy.salaryTo", { amount: amount(hi, cur) });
    return null;
  };
  const main = range(pay.min, pay.max, pay.currency);
  const converted = main !== null && rate ? convertSalaryRange(pay, rate) : null;
  return { main, other: converted ? range(converted.min, converted.max, converted.currency) : null };
}
