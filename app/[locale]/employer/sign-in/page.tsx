import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SimpleForm } from "@/components/accounts/simple-form";
import { resendVerificationAction, signInAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";
import { currentActor } from "@/lib/access/current-actor";
import { isEmployerRole } from "@/lib/access/roles";
import { StatusNotice } from "@/components/ui/status-notice";
import { Panel } from "@/components/ui/panel";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ verified?: string; reset?: string; joined?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("signInTitle") };
}

// GET /[locale]/employer/sign-in
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (isEmployerRole((await currentActor())?.role)) redirect(`/${locale}/employer`);
  const query = await searchParams;
  const t = await getTranslations("auth");
  const notice = query.verified
    ? t("verifiedNotice")
    : query.reset
      ? t("resetNotice")
      : query.joined
        ? t("joinedNotice")
        : null;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      {notice && <StatusNotice>{notice}</StatusNotice>}
      <SimpleForm
        action={signInAction}
        schema="signIn"
        fields={[
          { name: "email", label: t("email"), type: "email", autoComplete: "email" },
          { name: "password", label: t("password"), type: "password", autoComplete: "current-password" },
        ]}
        submitLabel={t("signInButton")}
      />
      <p className="text-sm">
        <Link href="/employer/forgot-password" className="text-brand-700 underline">
          {t("forgotLink")}
        </Link>
      </p>
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link href="/employer/register" className="text-brand-700 underline">
          {t("registerLink")}
        </Link>
      </p>
      <Panel as="details" padding="sm" className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("resendTitle")}</summary>
        <div className="mt-3">
          <SimpleForm
            action={resendVerificationAction}
            fields={[{ name: "email", label: t("resendEmail"), type: "email", autoComplete: "email" }]}
            submitLabel={t("resendButton")}
            successMessage={t("resendSent")}
          />
        </div>
      </Panel>
    </div>
  );
}
