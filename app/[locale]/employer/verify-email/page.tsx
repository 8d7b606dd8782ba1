import { getTranslations, setRequestLocale } from "next-intl/server";
import { SimpleForm } from "@/components/accounts/simple-form";
import { verifyEmailAction } from "@/lib/accounts/actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

// GET /[locale]/employer/verify-email?token=… – a button confirms (mail scanners that open links change nothing)
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token = "" } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("verifyTitle")}</h1>
      <p className="text-slate-700">{t("verifyLead")}</p>
      <SimpleForm
        action={verifyEmailAction}
        fields={[]}
        hidden={{ token: token.slice(0, 64), locale }}
        submitLabel={t("verifyButton")}
      />
    </div>
  );
}
