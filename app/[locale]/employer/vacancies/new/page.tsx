import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VacancyForm } from "@/components/vacancies/vacancy-form";
import { getOwnOrganization } from "@/lib/organizations/get-own-organization";
import { listVacancyFormOptions } from "@/lib/reference/list-vacancy-form-options";
import { requireEmployerPage } from "@/lib/access/pages";
import { validThroughBounds } from "@/lib/vacancies/form-dates";
import { Panel } from "@/components/ui/panel";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "vacancyForm" });
  return { title: t("newTitle") };
}

// GET /[locale]/employer/vacancies/new – the vacancy form, empty
export default async function NewVacancyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployerPage(locale);
  const [t, options, organization] = await Promise.all([
    getTranslations("vacancyForm"),
    listVacancyFormOptions(locale),
    getOwnOrganization(actor),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      {organization.kind === "RECRUITMENT_AGENCY" && (
        <Panel as="p" tone="warning" padding="sm" className="text-sm">
          {t("agencyNotice")}
        </Panel>
      )}
      <VacancyForm
        locale={locale}
        initial={{
          countryCode: organization.countryCode,
          contactPhone: organization.contactPhone,
          contactName: actor.name,
          language: locale,
        }}
        {...options}
        {...validThroughBounds()}
      />
    </div>
  );
}
