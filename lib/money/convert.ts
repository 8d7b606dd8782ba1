// Salary conversion between som and tenge for display. The rate is data (ExchangeRate rows that staff
// update), never a constant in code; the result is approximate and always shown with the rate's date.
export type Currency = "KGS" | "KZT";

export type Rate = {
  base: Currency;
  quote: Currency;
  /** units of `quote` for one unit of `base` */
  rate: number;
  effectiveDate: Date;
};

export function otherCurrency(currency: Currency): Currency {
  return currency === "KGS" ? "KZT" : "KGS";
}

/** Rounds a converted amount to a precision a reader can take in: the leading three digits at most. */
export function roundForDisplay(amount: number): number {
  if (!Number.isFinite(amount) || amount === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(amount))) - 2);
  // toPrecision removes the binary noise of the multiplication (50399.99999 → 50400).
  return Number((Math.round(amount / step) * step).toPrecision(12));
}

export function convert(amount: number, from: Currency, to: Currency, rate: Rate): number {
  if (from === to) return amount;
  if (rate.rate <= 0) throw new RangeError("Exchange rate must be positive");
  if (rate.base === from && rate.quote === to) return amount * rate.rate;
  if (rate.base === to && rate.quote === from) return amount / rate.rate;
  throw new RangeError(`Rate ${rate.base}/${rate.quote} cannot convert ${from} to ${to}`);
}

export type SalaryRange = { min: number | null; max: number | null; currency: Currency };

/** The same range in the other currency, rounded for display; null bounds stay null. */
export function convertSalaryRange(range: SalaryRange, rate: Rate): SalaryRange {
  const to = otherCurrency(range.currency);
  const one = (value: number | null) =>
    value === null ? null : roundForDisplay(convert(value, range.currency, to, rate));
  return { min: one(range.min), max: one(range.max), currency: to };
}

/** Database decimals (Prisma.Decimal) to plain numbers for display; null stays null. */
export function toAmount(value: { toNumber(): number } | number | null): number | null {
  if (value === null) return null;
  return typeof value === "number" ? value : value.toNumber();
}
