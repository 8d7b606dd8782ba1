import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ky from "@/messages/ky.json";
import ru from "@/messages/ru.json";
import { isLocale, type Locale } from "./routing";

// The catalogs for code that runs outside a page (mail, jobs); pages load theirs through next-intl.
const catalogs: Record<Locale, typeof ru> = { ru, ky, kk, en };

export function catalogFor(locale: string): typeof ru {
  return catalogs[isLocale(locale) ? locale : "ru"];
}
