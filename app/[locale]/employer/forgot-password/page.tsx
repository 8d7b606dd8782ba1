import { getTranslations, setRequestLocale } from "next-intl/server";
import { SimpleForm } from "@/components/accounts/simple-form";
import { requestPasswordResetAction } from "@/lib/accounts/actions";

// GET /[locale]/employer/forgot-password – ask for a reset link (same answer whether or not the account exists)
export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="text-slate-700">{t("forgotLead")}</p>
      <SimpleForm
        action={requestPasswordResetAction}
        schema="requestPasswordReset"
        fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email" }]}
        submitLabel={t("forgotButton")}
        successMessage={t("forgotSent")}
      />
    </div>
  );
}
