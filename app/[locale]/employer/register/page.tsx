import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RegisterForm } from "@/components/accounts/register-form";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("registerTitle") };
}

// GET /[locale]/employer/register – register an organisation and its first member
export default async function RegisterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("registerTitle")}</h1>
      <p className="text-slate-700">{t("registerLead")}</p>
      <RegisterForm />
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link href="/employer/sign-in" className="text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
