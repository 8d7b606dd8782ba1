// Registry numbers of employers (see shared DOMAIN.md):
// - Kazakhstan: BIN for legal entities, IIN for individuals (individual entrepreneurs): 12 digits, the
//   last a check digit (weights 1..11 mod 11; if that gives 10, weights 3..11,1,2 mod 11; 10 again = invalid).
// - Kyrgyzstan: INN, 14 digits. Only the format can be checked here; verification against the state
//   registry is a staff action.
export type CountryCode = "KG" | "KZ";
export type RegistryNumberProblem = "required" | "digits_only" | "length_kz" | "length_kg" | "checksum";

const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** Normalises what people type: spaces, dashes and dots between digit groups are dropped. */
export function normalizeRegistryNumber(input: string): string {
  return input.replace(/[\s\-.]/g, "");
}

export function kazakhCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, digit, i) => sum + digit * weights[i]!, 0) % 11;
  let check = weighted(firstWeights);
  if (check === 10) check = weighted(secondWeights);
  return check === 10 ? null : check;
}

export function isValidKazakhBinOrIin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const check = kazakhCheckDigit(value.slice(0, 11));
  return check !== null && check === Number(value[11]);
}

/** Returns what is wrong with the number for that country, or null when it is well-formed. */
export function registryNumberProblem(country: CountryCode, raw: string): RegistryNumberProblem | null {
  const value = normalizeRegistryNumber(raw);
  if (!value) return "required";
  if (!/^\d+$/.test(value)) return "digits_only";
  if (country === "KZ") {
    if (value.length !== 12) return "length_kz";
    return isValidKazakhBinOrIin(value) ? null : "checksum";
  }
  return value.length === 14 ? null : "length_kg";
}
