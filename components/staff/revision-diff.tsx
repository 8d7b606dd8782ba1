import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { localizedName, type Named } from "@/lib/i18n/localized-name";
import { showFormValue } from "@/lib/vacancies/form-values";
import { vacancyFieldLabel, vacancyFieldValue } from "@/lib/vacancies/vacancy-field-text";
import { vacancyFormFields } from "@/lib/vacancies/schemas";

/**
 * The fields a pending edit changes, each with its label in the moderator's language and both values as
 * seekers would read them (money with its currency, dates, choices and places by name): the published
 * value struck through beside the proposed one. On a phone each change is a small card.
 */
export async function RevisionDiff({
  current,
  proposed,
  codeNames,
}: {
  current: Record<string, unknown>;
  proposed: Record<string, unknown>;
  codeNames: (Named & { code: string })[];
}) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const names = new Map(codeNames.map((entry) => [entry.code, localizedName(entry, locale)]));
  const translate = t as unknown as Parameters<typeof vacancyFieldValue>[2]["t"] & { has: (key: string) => boolean };
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const formatter = { ...format, list: (items: Iterable<string>) => list.format(items) };
  const changed = vacancyFormFields.filter((field) => showFormValue(current[field]) !== showFormValue(proposed[field]));
  const value = (field: string, version: Record<string, unknown>) =>
    vacancyFieldValue(field, version[field], {
      t: translate,
      format: formatter,
      names,
      currency: version.salaryCurrency,
    });
  return (
    <Panel as="section" tone="info" aria-labelledby="diff-heading">
      <h2 id="diff-heading" className="mb-2 font-semibold">
        {t("staff.diffTitle")}
      </h2>
      {changed.length === 0 ? (
        <p className="text-sm">{t("staff.diffNone")}</p>
      ) : (
        <>
          <div
            className="hidden gap-3 pb-1 text-xs font-semibold text-slate-600 sm:grid sm:grid-cols-[12rem_1fr_1fr]"
            aria-hidden
          >
            <span>{t("staff.field")}</span>
            <span>{t("staff.published")}</span>
            <span>{t("staff.proposed")}</span>
          </div>
          <dl className="divide-y divide-brand-100 text-sm" data-testid="revision-diff">
            {changed.map((field) => (
              <div key={field} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr_1fr] sm:gap-3">
                <dt className="font-medium text-slate-900">{vacancyFieldLabel(field, translate)}</dt>
                <dd className="whitespace-pre-line text-slate-700">
                  <span className="sr-only">{t("staff.published")}: </span>
                  <del className="decoration-red-500">{value(field, current)}</del>
                </dd>
                <dd className="whitespace-pre-line">
                  <span className="sr-only">{t("staff.proposed")}: </span>
                  <ins className="no-underline">{value(field, proposed)}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </Panel>
  );
}
