import { getFormatter, getTranslations } from "next-intl/server";
import type { SalaryPeriod } from "@/lib/generated/prisma/enums";
import type { SalaryRange } from "./convert";
import { salaryTexts } from "./salary-text";

/** "80 000 – 120 000 тенге", "от 50 000 сом", or null when no amount is stated: pay as text in a language. */
export async function payRangeText({ min, max, currency }: SalaryRange, locale: string): Promise<string | null> {
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  return salaryTexts(t as never, format, { min, max, currency, period: "MONTH" }, null).main;
}

/**
 * "80 000 – 120 000 тенге в месяц" («айына 80 000 – 120 000 теңге»), or null when no amount is stated: pay
 * with its period as plain text (meta descriptions, feeds). components/vacancies/salary.tsx shows the same.
 */
export async function payText(pay: SalaryRange & { period: SalaryPeriod }, locale: string): Promise<string | null> {
  const [t, range] = await Promise.all([getTranslations({ locale }), payRangeText(pay, locale)]);
  return range && t.markup("vacancy.salaryWithPeriod", { amount: range, period: pay.period, unit: (chunks) => chunks });
}
