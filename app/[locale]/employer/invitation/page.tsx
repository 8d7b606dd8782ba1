import { getTranslations, setRequestLocale } from "next-intl/server";
import { SimpleForm } from "@/components/accounts/simple-form";
import { acceptInvitationAction } from "@/lib/accounts/actions";
import { describeInvitation } from "@/lib/organizations/accept-invitation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

// GET /[locale]/employer/invitation?token=… – join an organisation: choose a name and password
export default async function InvitationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token = "" } = await searchParams;
  const [t, invitation] = await Promise.all([getTranslations("auth"), describeInvitation(token)]);
  if (invitation.check !== "valid") {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("invitationInvalidTitle")}</h1>
        <p role="alert">{t(`link_${invitation.check}`)}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("invitationTitle", { organization: invitation.organization ?? "" })}</h1>
      <p className="text-slate-700">{t("invitationLead", { email: invitation.email ?? "" })}</p>
      <SimpleForm
        action={acceptInvitationAction}
        schema="acceptInvitation"
        hidden={{ token, locale }}
        fields={[
          { name: "name", label: t("name"), autoComplete: "name" },
          {
            name: "password",
            label: t("password"),
            type: "password",
            autoComplete: "new-password",
            hint: t("passwordHint"),
          },
        ]}
        submitLabel={t("acceptButton")}
      />
    </div>
  );
}
