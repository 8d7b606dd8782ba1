import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationForm } from "@/components/employer/organization-form";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { VerificationBadge } from "@/components/vacancies/verification-badge";
import { requireEmployerPage } from "@/lib/access/pages";
import { Link } from "@/lib/i18n/navigation";
import { updateOrganizationContactsAction, updateOrganizationLegalDetailsAction } from "@/lib/organizations/actions";
import { getOrganizationProfile } from "@/lib/organizations/organization-profile";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "employer.organization" });
  return { title: t("title") };
}

// GET /[locale]/employer/organization – the organisation's profile: contacts for every member, legal details for the owner
export default async function OrganizationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployerPage(locale);
  const [t, employerT, authT, kindT, countryT, { organization, canEditLegal }] = await Promise.all([
    getTranslations("employer.organization"),
    getTranslations("employer"),
    getTranslations("auth"),
    getTranslations("organizationKind"),
    getTranslations("country"),
    getOrganizationProfile(actor),
  ]);
  const registryLabel = authT(organization.countryCode === "KZ" ? "registryNumberKZ" : "registryNumberKG");
  const isAgency = organization.kind === "RECRUITMENT_AGENCY";
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          {organization.legalName}{" "}
          {organization.blockedAt ? (
            <Badge tone="danger">{employerT("blockedBadge")}</Badge>
          ) : (
            <VerificationBadge state={organization.verificationState} />
          )}
        </p>
        <p className="text-sm text-slate-600">
          {kindT(organization.kind)} · {countryT(organization.countryCode)}
          {!organization.blockedAt && (
            <>
              {" · "}
              <Link href={`/employers/${organization.id}`} className="text-brand-700 underline">
                {t("publicPage")}
              </Link>
            </>
          )}
        </p>
      </header>

      <Panel as="section" aria-labelledby="contacts-heading" className="space-y-3">
        <h2 id="contacts-heading" className="text-lg font-semibold">
          {t("contactsTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("contactsLead")}</p>
        <OrganizationForm
          action={updateOrganizationContactsAction}
          schema="contacts"
          testId="organization-contacts"
          submitLabel={t("save")}
          fields={[
            {
              name: "contactPhone",
              label: t("contactPhone"),
              type: "tel",
              required: true,
              autoComplete: "tel",
              defaultValue: organization.contactPhone ?? "",
              hint: t("contactPhoneHint"),
            },
            {
              name: "contactEmail",
              label: t("contactEmail"),
              type: "email",
              autoComplete: "email",
              defaultValue: organization.contactEmail ?? "",
            },
            {
              name: "website",
              label: t("website"),
              type: "url",
              autoComplete: "url",
              defaultValue: organization.website ?? "",
              hint: t("websiteHint"),
            },
            {
              name: "address",
              label: t("address"),
              autoComplete: "street-address",
              defaultValue: organization.address ?? "",
              maxLength: 300,
            },
            {
              name: "description",
              label: t("description"),
              multiline: true,
              defaultValue: organization.description ?? "",
              hint: t("descriptionHint"),
              maxLength: 2000,
            },
          ]}
        />
      </Panel>

      <Panel as="section" aria-labelledby="legal-heading" className="space-y-3">
        <h2 id="legal-heading" className="text-lg font-semibold">
          {t("legalTitle")}
        </h2>
        {canEditLegal ? (
          <OrganizationForm
            action={updateOrganizationLegalDetailsAction}
            schema="legal"
            testId="organization-legal"
            submitLabel={t("saveLegal")}
            before={
              organization.verificationState !== "UNVERIFIED" && (
                <Panel as="p" tone="warning" padding="sm" className="text-sm" id="legal-warning">
                  {t("legalWarning")}
                </Panel>
              )
            }
            fields={[
              {
                name: "legalName",
                label: authT("legalName"),
                required: true,
                defaultValue: organization.legalName,
                maxLength: 200,
              },
              {
                name: "registryNumber",
                label: registryLabel,
                required: true,
                defaultValue: organization.registryNumber,
                maxLength: 40,
              },
              ...(isAgency || organization.agencyLicense
                ? [
                    {
                      name: "agencyLicense",
                      label: authT("agencyLicense"),
                      required: isAgency,
                      defaultValue: organization.agencyLicense ?? "",
                      maxLength: 200,
                    },
                  ]
                : []),
            ]}
          />
        ) : (
          <>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-600">{authT("legalName")}</dt>
              <dd>{organization.legalName}</dd>
              <dt className="text-slate-600">{registryLabel}</dt>
              <dd className="tabular-nums">{organization.registryNumber}</dd>
              {organization.agencyLicense && (
                <>
                  <dt className="text-slate-600">{authT("agencyLicense")}</dt>
                  <dd>{organization.agencyLicense}</dd>
                </>
              )}
            </dl>
            <p className="text-sm text-slate-600">{t("onlyOwnerLegal")}</p>
          </>
        )}
      </Panel>
    </div>
  );
}
