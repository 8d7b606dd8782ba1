import type { Locale } from "./routing";

export type Named = { nameRu: string; nameEn: string; nameKy?: string | null; nameKk?: string | null };

/** The entity's name in the locale; Russian, the shared language, when a Kyrgyz or Kazakh name is missing. */
export function localizedName(entity: Named, locale: Locale | string): string {
  switch (locale) {
    case "en":
      return entity.nameEn;
    case "ky":
      return entity.nameKy || entity.nameRu;
    case "kk":
      return entity.nameKk || entity.nameRu;
    default:
      return entity.nameRu;
  }
}
