import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SimpleForm } from "@/components/accounts/simple-form";
import { staffSignInAction } from "@/lib/accounts/actions";
import { currentActor } from "@/lib/access/current-actor";
import { isStaffRole } from "@/lib/access/roles";
import { StatusNotice } from "@/components/ui/status-notice";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const generateMetadata = staffPageTitle("signInTitle");

// GET /[locale]/staff/sign-in – ministry staff sign in here (not on the employers' page)
export default async function StaffSignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ reset?: string }>;
}) {
  const { locale } = await params;
  const { reset } = await searchParams;
  setRequestLocale(locale);
  const actor = await currentActor();
  if (isStaffRole(actor?.role)) redirect(`/${locale}/staff`);
  const [t, auth] = await Promise.all([getTranslations("staff"), getTranslations("auth")]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="text-sm text-slate-600">{t("signInLead")}</p>
      {reset && <StatusNotice>{auth("resetNotice")}</StatusNotice>}
      <SimpleForm
        action={staffSignInAction}
        schema="signIn"
        fields={[
          { name: "email", label: auth("email"), type: "email", autoComplete: "username" },
          { name: "password", label: auth("password"), type: "password", autoComplete: "current-password" },
        ]}
        submitLabel={auth("signInButton")}
      />
    </div>
  );
}
