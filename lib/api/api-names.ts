import { localizedName, type Named } from "@/lib/i18n/localized-name";
import type { Locale } from "@/lib/i18n/routing";

/** A name in the four languages, with the same Russian fallback as the pages. */
export function namesOf(entity: Named) {
  return {
    ru: localizedName(entity, "ru"),
    ky: localizedName(entity, "ky"),
    kk: localizedName(entity, "kk"),
    en: localizedName(entity, "en"),
  };
}

/** `{ code, name }` for a code the reference data knows (the code itself, should a row ever be missing). */
export function coded(code: string, names: Map<string, Named>, lang: Locale) {
  const entity = names.get(code);
  return { code, name: entity ? localizedName(entity, lang) : code };
}
