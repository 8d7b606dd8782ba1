import { createFormatter, createTranslator } from "next-intl";
import { catalogFor } from "@/lib/i18n/catalogs";
import { renderMail, type RenderedMail } from "@/lib/mail/render-mail";
import type { Rate } from "@/lib/money/convert";
import { salaryTexts } from "@/lib/money/salary-text";
import { placeLabel } from "@/lib/reference/place-label";
import type { placeNames } from "@/lib/reference/place-names";
import type { SearchHit } from "@/lib/search/port";

/** How many vacancies one alert lists; the rest are counted and reached through the search link. */
export const alertMailListLimit = 20;

type Links = { search: string; manage: string; unsubscribe: string; vacancy: (id: string) => string };

/** The double opt-in mail: the only one sent before the address confirms. */
export function composeAlertConfirmation(
  locale: string,
  params: { frequency: "IMMEDIATE" | "DAILY"; confirm: string; search: string },
): RenderedMail {
  const t = createTranslator({ locale, messages: catalogFor(locale), namespace: "alerts.mail" });
  return renderMail(
    {
      subject: t("confirmSubject"),
      lead: [t("confirmBody", { frequency: params.frequency }), `${t("confirmSearch")}\n${params.search}`],
      action: { label: t("confirmAction"), url: params.confirm },
      after: [t("confirmIgnore")],
      signature: catalogFor(locale).mail.signature,
    },
    locale,
  );
}

/** The alert itself, in the subscription's language: the new vacancies, the search, manage and unsubscribe. */
export function composeAlertDigest(
  locale: string,
  vacancies: SearchHit[],
  context: { places: Awaited<ReturnType<typeof placeNames>>; rate: Rate | null; links: Links },
): RenderedMail {
  const messages = catalogFor(locale);
  const root = createTranslator({ locale, messages });
  // The pay helper takes keys as strings (it is shared with the pages' translator).
  const translate = (key: string, values?: Record<string, string | number>) =>
    root(key as Parameters<typeof root>[0], values);
  const t = createTranslator({ locale, messages, namespace: "alerts.mail" });
  const format = createFormatter({ locale, timeZone: "Asia/Almaty" });
  const listed = vacancies.slice(0, alertMailListLimit);
  const more = vacancies.length - listed.length;
  const items = listed.map((hit) => {
    const pay = salaryTexts(
      translate,
      format,
      { min: hit.salaryMin, max: hit.salaryMax, currency: hit.salaryCurrency, period: hit.salaryPeriod },
      context.rate,
    );
    const payLine = pay.main
      ? root.markup("vacancy.salaryWithPeriod", { amount: pay.main, period: hit.salaryPeriod, unit: (c) => c })
      : root("vacancy.salaryNotSpecified");
    return {
      title: hit.title,
      lang: hit.language,
      lines: [
        hit.organizationName,
        `${root(`country.${hit.countryCode}`)} · ${placeLabel(hit, context.places, locale)}`,
        pay.other ? `${payLine} (${root("vacancy.approxIn", { amount: pay.other })})` : payLine,
      ],
      url: context.links.vacancy(hit.id),
    };
  });
  return renderMail(
    {
      subject: t("digestSubject", { count: vacancies.length }),
      lead: [t("digestLead", { count: vacancies.length })],
      items,
      action: { label: more > 0 ? t("digestMore", { count: more }) : t("digestSearch"), url: context.links.search },
      signature: messages.mail.signature,
      footer: [
        t("footerWhy"),
        t("footerManage"),
        context.links.manage,
        t("footerUnsubscribe"),
        context.links.unsubscribe,
      ],
    },
    locale,
  );
}
