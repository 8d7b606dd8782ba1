import { getTranslations } from "next-intl/server";
import { SimpleForm } from "@/components/accounts/simple-form";
import { Panel } from "@/components/ui/panel";
import { changePasswordAction } from "@/lib/accounts/actions";

/** The signed-in person's account page body: who they are, and changing the password. */
export async function ChangePasswordPanel({ email }: { email: string }) {
  const t = await getTranslations("auth");
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("accountTitle")}</h1>
        <p className="text-slate-700">{t("accountSignedInAs", { email })}</p>
      </header>
      <Panel as="section" aria-labelledby="change-password-heading" className="max-w-xl space-y-3">
        <h2 id="change-password-heading" className="text-lg font-semibold">
          {t("changePasswordTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("changePasswordLead")}</p>
        <SimpleForm
          action={changePasswordAction}
          schema="changePassword"
          fields={[
            {
              name: "currentPassword",
              label: t("currentPassword"),
              type: "password",
              autoComplete: "current-password",
            },
            {
              name: "newPassword",
              label: t("newPassword"),
              type: "password",
              autoComplete: "new-password",
              hint: t("passwordHint"),
            },
          ]}
          submitLabel={t("changePasswordButton")}
          successMessage={t("passwordChanged")}
        />
      </Panel>
    </div>
  );
}
