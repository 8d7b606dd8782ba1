import { getTranslations, setRequestLocale } from "next-intl/server";
import { SimpleForm } from "@/components/accounts/simple-form";
import { resetPasswordAction } from "@/lib/accounts/actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

// GET /[locale]/employer/reset-password?token=… – choose a new password
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token = "" } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("resetTitle")}</h1>
      <SimpleForm
        action={resetPasswordAction}
        schema="resetPassword"
        hidden={{ token: token.slice(0, 64), locale }}
        fields={[
          {
            name: "password",
            label: t("newPassword"),
            type: "password",
            autoComplete: "new-password",
            hint: t("passwordHint"),
          },
        ]}
        submitLabel={t("resetButton")}
      />
    </div>
  );
}
