import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { ContactPanel } from "@/components/vacancies/contact-panel";
import { DemoBadge } from "@/components/vacancies/demo-badge";
import { FactList } from "@/components/vacancies/fact-list";
import { Salary } from "@/components/vacancies/salary";
import { VerificationBadge } from "@/components/vacancies/verification-badge";
import { Link } from "@/lib/i18n/navigation";
import { localizedName } from "@/lib/i18n/localized-name";
import type { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { toAmount } from "@/lib/money/convert";
import { placeName } from "@/lib/reference/place-name";
import type { ContactLink } from "@/lib/vacancies/contact-links";
import { calendarDay } from "@/lib/vacancies/form-values";
import type { PublishedVacancy } from "@/lib/vacancies/get-published-vacancy";

/**
 * A vacancy as seekers see it: title, employer, pay, place, contacts, text, conditions, requirements, dates.
 * The public page and the employer's preview both render this, so the preview cannot drift from the page.
 * `afterContact` is what the public page puts under the contacts (save and share). The moderator's review
 * shows it under its own heading (`titleLevel` "h2") with the red-flag words marked (`marked`).
 */
export async function VacancyDetails({
  vacancy,
  rate,
  locale,
  links,
  respond,
  afterContact,
  titleLevel: Title = "h1",
  marked,
}: {
  vacancy: PublishedVacancy;
  rate: Awaited<ReturnType<typeof getCurrentExchangeRate>>;
  locale: string;
  links: ContactLink[];
  respond: boolean;
  afterContact?: ReactNode;
  titleLevel?: "h1" | "h2";
  /** The title and description with marks in them, instead of the plain text */
  marked?: { title: ReactNode; description: ReactNode };
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const provided = (flag: boolean) => (flag ? t("vacancy.provided") : t("vacancy.notProvided"));
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long" }) : null);
  const isAgency = vacancy.organization.kind === "RECRUITMENT_AGENCY";
  return (
    <>
      <Panel as="header" padding="lg" className="space-y-3">
        <Title className="text-2xl font-bold leading-tight" lang={vacancy.language}>
          {marked?.title ?? vacancy.title}
        </Title>
        <p className="flex flex-wrap items-center gap-2 text-slate-800">
          <Link href={`/employers/${vacancy.organization.id}`} className="font-medium text-brand-700 underline">
            {vacancy.organization.legalName}
          </Link>
          <VerificationBadge state={vacancy.organization.verificationState} />
          <Badge>{t(`organizationKind.${vacancy.organization.kind}`)}</Badge>
          {vacancy.organization.isDemo && <DemoBadge />}
        </p>
        <div>
          <h2 className="sr-only">{t("vacancy.salary")}</h2>
          <Salary
            min={toAmount(vacancy.salaryMin)}
            max={toAmount(vacancy.salaryMax)}
            currency={vacancy.salaryCurrency}
            period={vacancy.salaryPeriod}
            rate={rate}
            detailed
          />
        </div>
        <p className="text-slate-700">
          {t(`country.${vacancy.countryCode}`)} · {placeName(vacancy, locale)}
        </p>
        {vacancy.noFeeConfirmed && (
          <p className="text-sm font-medium text-emerald-800">✓ {t("vacancy.noFeeConfirmed")}</p>
        )}
      </Panel>

      {/* Contact first (right under the title and pay); saving and sharing come after it. */}
      <ContactPanel links={links} contactName={vacancy.contactName} respond={respond} />
      {afterContact}

      {isAgency && (
        <Panel as="aside" tone="warning" className="text-sm text-amber-950">
          <p>{t("vacancy.agencyNotice")}</p>
          {vacancy.organization.agencyLicense && (
            <p className="mt-1">{t("vacancy.agencyLicense", { license: vacancy.organization.agencyLicense })}</p>
          )}
        </Panel>
      )}

      <Panel as="section" padding="lg">
        <h2 className="mb-3 text-lg font-semibold">{t("vacancy.aboutJob")}</h2>
        <div className="whitespace-pre-line leading-relaxed" lang={vacancy.language} data-testid="vacancy-description">
          {marked?.description ?? vacancy.description}
        </div>
        {vacancy.language !== locale && (
          <p className="mt-3 text-xs text-slate-500">
            {t("vacancy.languageOfText", { language: t(`language.${vacancy.language}`) })}
          </p>
        )}
      </Panel>

      <Panel as="section" padding="lg">
        <h2 className="mb-3 text-lg font-semibold">{t("vacancy.conditions")}</h2>
        <FactList
          facts={[
            [t("vacancy.occupation"), `${localizedName(vacancy.occupation, locale)} (${vacancy.occupation.code})`],
            [t("vacancy.sector"), t(`sector.${vacancy.sector}`)],
            [t("vacancy.employmentType"), t(`employmentType.${vacancy.employmentType}`)],
            [t("vacancy.schedule"), vacancy.schedule],
            [t("vacancy.contractType"), t(`contractType.${vacancy.contractType}`)],
            [t("vacancy.positions"), t("vacancy.positionsCount", { count: vacancy.positions })],
            [t("vacancy.housing"), provided(vacancy.housingProvided)],
            [t("vacancy.meals"), provided(vacancy.mealsProvided)],
            [t("vacancy.transport"), provided(vacancy.transportProvided)],
            // "Paid by: not needed" reads wrongly: without a payer the line names the cost itself.
            ...(["travel", "housing", "documents"] as const).map((cost): [string, string] => {
              const bearer = vacancy[`${cost}PaidBy`];
              return [
                t(bearer === "NOT_APPLICABLE" ? `vacancy.${cost}Cost` : `vacancy.${cost}PaidBy`),
                t(`costBearer.${bearer}`),
              ];
            }),
            [
              t("vacancy.openToOther"),
              vacancy.openToOtherCountry ? t("vacancy.openToOtherYes") : t("vacancy.openToOtherNo"),
            ],
          ]}
        />
      </Panel>

      <Panel as="section" padding="lg">
        <h2 className="mb-3 text-lg font-semibold">{t("vacancy.requirements")}</h2>
        <FactList
          facts={[
            [t("vacancy.experience"), t(`experience.${vacancy.experience}`)],
            [t("vacancy.education"), t(`education.${vacancy.education}`)],
            [
              t("vacancy.languages"),
              vacancy.languages.map((code) => t(`language.${code}` as "language.ru")).join(", "),
            ],
          ]}
        />
      </Panel>

      <Panel as="section" padding="lg">
        <h2 className="mb-3 text-lg font-semibold">{t("vacancy.place")}</h2>
        <FactList
          facts={[
            [t("vacancy.country"), t(`country.${vacancy.countryCode}`)],
            [t("vacancy.region"), localizedName(vacancy.region, locale)],
            [t("vacancy.city"), vacancy.city ? localizedName(vacancy.city, locale) : null],
            [t("vacancy.address"), vacancy.address],
          ]}
        />
      </Panel>

      <p className="text-sm text-slate-500">
        {vacancy.publishedAt && (
          <>
            {t("vacancy.publishedAt")}: {date(vacancy.publishedAt)} ·{" "}
          </>
        )}
        {t("vacancy.validThrough")}:{" "}
        {format.dateTime(calendarDay(vacancy.validThrough), { dateStyle: "long", timeZone: "UTC" })}
      </p>
    </>
  );
}
