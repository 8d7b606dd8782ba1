import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VacancyForm } from "@/components/vacancies/vacancy-form";
import { listVacancyFormOptions } from "@/lib/reference/list-vacancy-form-options";
import { db } from "@/lib/server/db";
import { requireEmployerPage } from "@/lib/server/require-page-actor";
import { validThroughBounds } from "@/lib/vacancies/form-dates";

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
    db.organization.findUniqueOrThrow({
      where: { id: actor.organizationId },
      select: { countryCode: true, contactPhone: true, kind: true },
    }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      {organization.kind === "RECRUITMENT_AGENCY" && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">{t("agencyNotice")}</p>
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
