import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import type { openEmployer } from "@/lib/moderation/open-employer";

type Vacancy = Awaited<ReturnType<typeof openEmployer>>["vacancies"][number];

/** All the employer's vacancies, newest first: status, dates, responses and reports, each opening its review. */
export async function EmployerVacancies({ vacancies }: { vacancies: Vacancy[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Panel as="section" aria-labelledby="employer-vacancies-heading">
      <h2 id="employer-vacancies-heading" className="mb-2 font-semibold">
        {t("staff.employerVacancies", { count: vacancies.length })}
      </h2>
      {vacancies.length === 0 ? (
        <p className="text-sm text-slate-700">{t("staff.employerNoVacancies")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm">
          {vacancies.map((vacancy) => (
            <li
              key={vacancy.id}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
              data-testid="employer-vacancy"
            >
              <Link
                href={`/staff/vacancies/${vacancy.id}`}
                className="font-medium text-brand-700 underline"
                lang={vacancy.language}
              >
                {vacancy.title}
              </Link>
              <Badge>{t(`employer.statusOne.${vacancy.status}`)}</Badge>
              <span className="text-slate-600">
                {t("staff.vacancyFacts", {
                  date: format.dateTime(vacancy.publishedAt ?? vacancy.createdAt, { dateStyle: "medium" }),
                  responses: vacancy._count.responses,
                  reports: vacancy._count.reports,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
