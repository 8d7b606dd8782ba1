import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import { placeName } from "@/lib/reference/place-name";
import { toAmount, type Rate } from "@/lib/money/convert";
import type { VacancySummary } from "@/lib/vacancies/find-published-vacancies";
import { DemoBadge } from "./demo-badge";
import { Salary } from "./salary";
import { VerificationBadge } from "./verification-badge";

export async function VacancyCard({ vacancy, rate }: { vacancy: VacancySummary; rate: Rate | null }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" lang={vacancy.language}>
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/vacancies/${vacancy.id}`} className="text-brand-700 hover:underline">
          {vacancy.title}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700" lang={locale}>
        <span>{vacancy.organization.legalName}</span>
        <VerificationBadge state={vacancy.organization.verificationState} />
        {vacancy.organization.kind === "RECRUITMENT_AGENCY" && <Badge tone="warning">{t("organizationKind.RECRUITMENT_AGENCY")}</Badge>}
        {vacancy.organization.isDemo && <DemoBadge />}
      </p>
      <div className="mt-2" lang={locale}>
        <Salary min={toAmount(vacancy.salaryMin)} max={toAmount(vacancy.salaryMax)} currency={vacancy.salaryCurrency} period={vacancy.salaryPeriod} rate={rate} />
      </div>
      <p className="mt-2 text-sm text-slate-700" lang={locale}>
        {t(`country.${vacancy.countryCode}`)} · {placeName(vacancy, locale)}
      </p>
      <div className="mt-2 flex flex-wrap gap-2" lang={locale}>
        <Badge tone="info">{t(`employmentType.${vacancy.employmentType}`)}</Badge>
        {vacancy.housingProvided && <Badge>{t("list.housing")}</Badge>}
        {vacancy.mealsProvided && <Badge>{t("list.meals")}</Badge>}
        {vacancy.openToOtherCountry && <Badge>{t("list.openToOther")}</Badge>}
      </div>
      {vacancy.publishedAt && (
        <p className="mt-2 text-xs text-slate-500" lang={locale}>
          {t("list.posted", { date: format.dateTime(vacancy.publishedAt, { day: "numeric", month: "long" }) })}
        </p>
      )}
    </article>
  );
}
